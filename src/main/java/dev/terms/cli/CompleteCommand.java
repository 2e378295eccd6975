package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Named;
import dev.terms.question.Lexicon;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
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

    /** What each word names: the values of that kind in one agreement. */
    private static final Map<String, BiConsumer<Agreement, Set<String>>> KINDS = Map.of(
            "clauses", (a, out) -> a.clauses().forEach(c -> out.add(c.id())),
            "parties", (a, out) -> out.addAll(a.parties().keySet()),
            "agreements", (a, out) -> out.add(a.id()),
            "tags", (a, out) -> a.clauses().forEach(c -> out.addAll(c.tags())),
            "kinds", (a, out) -> {
                out.addAll(Lexicon.KINDS.keySet());
                a.clauses().forEach(c -> out.add(c.kind()));
            },
            "names", (a, out) -> {
                for (Named n : a.parties().values()) out.add(n.id());
                for (Named n : a.definitions().values()) out.add(n.id());
                for (Clause c : a.clauses()) out.addAll(c.aliases().stream().filter(x -> !x.contains(" ")).toList());
            });

    @Override
    public Integer call() {
        BiConsumer<Agreement, Set<String>> kind = KINDS.get(what);
        if (kind == null) {
            // a completion script asking for what we do not know: its stderr goes nowhere, the status says it
            throw new TermsException(Exit.USAGE, "__complete: unknown kind '" + what + "'; one of "
                    + String.join(", ", new TreeSet<>(KINDS.keySet())));
        }
        Set<String> out = new TreeSet<>();
        try {
            for (Agreement a : root.workspace().corpus().agreements()) kind.accept(a, out);
        } catch (Exception | Error e) {
            return Exit.OK; // completion never prints an error into the user's prompt
        }
        out.forEach(root.io().out()::println);
        root.io().out().flush();
        return Exit.OK;
    }
}
