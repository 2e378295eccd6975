package dev.terms.cli;

import dev.terms.load.Diagnostic;
import dev.terms.load.LoadException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds the configured command tree, used alike by {@code Main}, the tests and the session:
 * writers pointed at the given streams, one mapping from failures to exit statuses.
 */
public final class Cli {

    private Cli() {}

    public static CommandLine commandLine(Io io) {
        return commandLine(io, null, null);
    }

    /**
     * The command tree. {@code cache} keeps loaded files between the lines of a session; {@code
     * session} starts one ({@code terms repl}); both null for a one-shot run.
     */
    public static CommandLine commandLine(Io io, Corpora cache, Interactive session) {
        TermsCommand root = new TermsCommand(io, cache, session);
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand("ask", new AskCommand());
        for (List<String> w : WordCommand.WORDS) {
            CommandLine sub = new CommandLine(new WordCommand(w.get(0)));
            sub.getCommandSpec().usageMessage().description(w.get(1) + " Same as: terms ask \"" + w.get(0) + " ...\".")
                    .footerHeading("%nExamples:%n").footer("  " + w.get(2), "  " + w.get(3));
            cl.addSubcommand(w.get(0), sub);
        }
        cl.addSubcommand("clauses", new ClausesCommand());
        cl.addSubcommand("show", new ShowCommand());
        cl.addSubcommand("parties", new PartiesCommand());
        cl.addSubcommand("search", new SearchCommand());
        cl.addSubcommand("timeline", new TimelineCommand());
        cl.addSubcommand("diff", new DiffCommand());
        cl.addSubcommand("check", new CheckCommand());
        cl.addSubcommand("schema", new SchemaCommand());
        cl.addSubcommand("coverage", new CoverageCommand());
        cl.addSubcommand("init", new InitCommand());
        cl.addSubcommand("repl", new ReplCommand(session));
        cl.addSubcommand("load", new LoadCommand());
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.setOut(io.out());
        cl.setErr(io.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = io.err();
            err.println("terms: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            }
            err.flush();
            return Exit.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex, io, root.debug));
        return cl;
    }

    /** Runs one command line; returns its exit status and never exits the process. */
    public static int run(Io io, String... args) {
        return run(io, null, args);
    }

    public static int run(Io io, Interactive session, String... args) {
        int status;
        try {
            status = commandLine(io, null, session).execute(args);
        } catch (Error | RuntimeException e) {
            // picocli rethrows Errors (a stack overflow, an exhausted heap): still one line, exit 70
            status = handle(e, io, java.util.Arrays.asList(args).contains("--debug"));
        }
        io.out().flush();
        io.err().flush();
        return status;
    }

    /** The one place failures become exit statuses. */
    static int handle(Throwable ex, Io io, boolean debug) {
        PrintWriter err = io.err();
        if (ex instanceof LoadException le) {
            for (Diagnostic d : le.diagnostics()) {
                err.println(d.location().line() == 0 ? d.location().file() + ": " + d.message() : d.toString());
            }
            err.flush();
            return le.unreadable() ? Exit.NO_INPUT : Exit.INVALID;
        }
        if (ex instanceof TermsException te) {
            err.println("terms: " + te.getMessage());
            err.flush();
            return te.status();
        }
        if (ex instanceof UncheckedIOException && io.out().checkError()) return Exit.OK; // closed pipe
        err.println("terms: internal error: " + ex + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return Exit.INTERNAL;
    }
}
