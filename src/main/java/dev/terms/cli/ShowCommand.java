package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Corpus;
import dev.terms.model.Words;
import dev.terms.render.ClauseDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show clauses in full, with status, dates and supersession.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms show rofr-new-capacity", "  terms show cloud-exclusivity rofr-new-capacity -o json",
                "", "Exit status: 0 shown, 1 an id is not a clause (the others are still shown)."})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Clause ids (agreement/clause where ambiguous).")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        Corpus corpus = ws.corpus();
        List<Corpus.Item> found = new ArrayList<>();
        int status = Exit.OK;
        for (String id : ids) {
            List<Corpus.Item> items = corpus.find(id);
            if (items.isEmpty()) {
                List<String> known = corpus.items().stream().map(i -> i.clause().id()).toList();
                String near = Words.nearest(id, known);
                ws.io().err().println("terms: no clause '" + id + "'" + (near != null ? "; did you mean '" + near + "'?" : ""));
                status = Exit.NO_MATCH;
            }
            found.addAll(items);
        }
        ws.io().err().flush();
        ws.print(new ClauseDetails(corpus, found, ws.asOf()));
        return status;
    }
}
