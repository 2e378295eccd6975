package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Agreement;
import dev.terms.model.Corpus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Loads the files and says what they hold: the session's {@code reload}. */
@Command(name = "load", hidden = true, description = "Load the files and say what they hold.")
final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        Corpus corpus = ws.corpus();
        for (Agreement a : corpus.agreements()) {
            ws.io().out().println("Loaded " + a.id() + ": " + a.clauses().size() + " clauses, " + a.parties().size()
                    + " parties (" + a.location().file() + ")");
        }
        ws.io().out().flush();
        return Exit.OK;
    }
}
