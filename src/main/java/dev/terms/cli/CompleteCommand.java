package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Named;
import dev.terms.question.Lexicon;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The shell completion's callback: the ids of one kind in the loaded files, one a line. Quiet on any failure. */
@Command(name = "__complete", hidden = true)
final class CompleteCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Parameters(arity = "1")
    String what;

    @Override
    public Integer call() {
        Set<String> out = new TreeSet<>();
        try {
            Corpus corpus = root.workspace().corpus();
            for (Agreement a : corpus.agreements()) {
                switch (what) {
                    case "clauses" -> a.clauses().forEach(c -> out.add(c.id()));
                    case "parties" -> out.addAll(a.parties().keySet());
                    case "agreements" -> out.add(a.id());
                    case "tags" -> a.clauses().forEach(c -> out.addAll(c.tags()));
                    case "kinds" -> {
                        out.addAll(Lexicon.KINDS.keySet());
                        a.clauses().forEach(c -> out.add(c.kind()));
                    }
                    case "names" -> {
                        for (Named n : a.parties().values()) out.add(n.id());
                        for (Named n : a.definitions().values()) out.add(n.id());
                        for (Clause c : a.clauses()) out.addAll(c.aliases().stream().filter(x -> !x.contains(" ")).toList());
                    }
                    default -> { }
                }
            }
        } catch (Exception | Error e) {
            return Exit.OK; // completion never prints an error into the user's prompt
        }
        out.forEach(root.io().out()::println);
        root.io().out().flush();
        return Exit.OK;
    }
}
