package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Agreement;
import dev.terms.model.Corpus;
import dev.terms.model.Party;
import dev.terms.render.Format;
import dev.terms.render.Style;
import dev.terms.render.TextRender;
import dev.terms.render.Views;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "parties", mixinStandardHelpOptions = true,
        description = "Each party with what it holds and what it owes, including the duties that follow from "
                + "other parties' rights.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms parties", "  terms parties -o json", "  terms parties --all --as-of 2024-06-01"})
final class PartiesCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Option(names = "--all", description = "Include clauses not in force at the date.")
    boolean all;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        Corpus corpus = ws.corpus();
        List<Map<String, Object>> views = new ArrayList<>();
        for (Agreement a : corpus.agreements()) {
            for (Party p : a.parties().values()) views.add(Views.party(corpus, a, p, ws.asOf(), all));
        }
        Format f = ws.format();
        PrintWriter out = ws.io().out();
        if (f.structured()) {
            ws.writeList(views);
        } else if (f == Format.TABLE || f == Format.MARKDOWN) {
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, Object> v : views) {
                rows.add(List.of((String) v.get("id"), (String) v.get("name"), ids(v.get("holds")), ids(v.get("owes"))));
            }
            new TextRender(corpus, ws.style(), out).table(List.of("ID", "NAME", "HOLDS", "OWES"), rows,
                    ws.io().terminal(), f == Format.MARKDOWN);
        } else {
            Style style = ws.style();
            for (int i = 0; i < views.size(); i++) {
                Map<String, Object> v = views.get(i);
                if (i > 0) out.println();
                out.println(style.bold((String) v.get("name")) + " (" + v.get("id") + ")"
                        + (v.get("role") != null ? " · " + v.get("role") : ""));
                section(out, "holds", v.get("holds"));
                section(out, "owes", v.get("owes"));
                section(out, "statements", v.get("statements"));
            }
        }
        out.flush();
        return Exit.OK;
    }

    @SuppressWarnings("unchecked")
    private static void section(PrintWriter out, String name, Object entries) {
        List<Map<String, Object>> list = (List<Map<String, Object>>) entries;
        if (list.isEmpty()) return;
        out.println("  " + name + ":");
        for (Map<String, Object> e : list) {
            String via = !"counterparty".equals(e.get("as")) ? ""
                    : switch (name) {
                        case "holds" -> " (owed to it)";
                        case "owes" -> " (must respect it)";
                        default -> " (about it)";
                    };
            out.println("    " + e.get("clause") + " · " + e.get("title") + via);
        }
    }

    @SuppressWarnings("unchecked")
    private static String ids(Object entries) {
        return String.join(",", ((List<Map<String, Object>>) entries).stream().map(e -> (String) e.get("clause")).toList());
    }
}
