package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"The interactive session: any command without the word 'terms', or a plain question. "
                + "Tab completes commands, options and the names in the files; history persists. "
                + "With standard input not a terminal, it reads the lines as a script."},
        footerHeading = "%nExamples:%n",
        footer = {"  terms repl", "  printf 'who holds first refusal\\n' | terms repl",
                "  printf 'set format json\\nwho has the rofr\\n' | terms repl",
                "", "Exit status: in a script, that of the last line that failed (0 when none did)."})
final class ReplCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    private final Interactive session;

    ReplCommand(Interactive session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (session == null) throw new TermsException(Exit.USAGE, "the session cannot be started from inside a session");
        return session.start(root.io(), root.files.value());
    }
}
