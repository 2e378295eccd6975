package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.render.Graph;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "The agreement as a picture: parties as nodes, each clause in force as an edge from party to "
                + "counterparty (modality, kind, where). With --all, clauses no longer in force are dashed.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms graph                       (Mermaid, for Markdown)",
                "  terms graph -o dot | dot -Tsvg > terms.svg", "  terms graph --all --as-of 2024-06-01"})
final class GraphCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Option(names = "--all", description = "Also clauses not in force at the date, dashed.")
    boolean all;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        if (root.json.value() || root.jq.value() != null || root.fields.value() != null) {
            throw new TermsException(Exit.USAGE, "graph prints -o mermaid (default) or -o dot, not JSON "
                    + "(--json, --jq, --fields)");
        }
        String format = root.format.value() == null ? "mermaid" : root.format.value();
        switch (format) {
            case "mermaid" -> Graph.mermaid(ws.corpus(), ws.asOf(), all, ws.io().out());
            case "dot" -> Graph.dot(ws.corpus(), ws.asOf(), all, ws.io().out());
            default -> throw new TermsException(Exit.USAGE, "graph prints -o mermaid (default) or -o dot, not '" + format + "'");
        }
        return Exit.OK;
    }
}
