package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.app.Names;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The shell completion's callback: the ids of one kind in the loaded files ({@link Names}), one a line. Quiet on any failure. */
@Command(name = "__complete", hidden = true)
final class CompleteCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Parameters(arity = "1")
    String what;

    @Override
    public Integer call() {
        if (!Names.WHAT.containsKey(what)) {
            // a completion script asking for what we do not know: its stderr goes nowhere, the status says it
            throw new TermsException(Exit.USAGE, "__complete: unknown kind '" + what + "'; one of "
                    + String.join(", ", Names.WHAT.keySet()));
        }
        Collection<String> out;
        try {
            out = Names.WHAT.get(what).apply(Names.of(root.workspace().corpus()));
        } catch (Exception | Error e) {
            return Exit.OK; // completion never prints an error into the user's prompt
        }
        out.forEach(root.io().out()::println);
        root.io().out().flush();
        return Exit.OK;
    }
}
