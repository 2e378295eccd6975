package dev.terms.cli;

import dev.terms.app.Corpora;
import dev.terms.app.Exit;
import dev.terms.app.Failures;
import dev.terms.app.Io;
import dev.terms.app.Output;
import dev.terms.app.TermsException;
import dev.terms.load.ModelCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * Builds the configured command tree, used alike by {@code Main}, the tests and the session:
 * writers pointed at the given streams, one mapping from failures to exit statuses.
 */
public final class Cli {

    private Cli() {}

    public static CommandLine commandLine(Io io) {
        return commandLine(io, null, null, new String[0]);
    }

    /**
     * The command tree. {@code cache} keeps loaded files between the lines of a session; {@code
     * session} starts one ({@code terms repl}); both null for a one-shot run.
     */
    public static CommandLine commandLine(Io io, Corpora cache, Interactive session) {
        return commandLine(io, cache, session, new String[0]);
    }

    /**
     * The tree for one command line run once, as {@link #run} builds it: only the subcommand the
     * line names, or the whole tree when it names none (help, a typo, no command at all).
     */
    public static CommandLine commandLineFor(Io io, Interactive session, String... args) {
        return commandLine(io, null, session, args);
    }

    private static CommandLine commandLine(Io io, Corpora cache, Interactive session, String[] args) {
        TermsCommand root = new TermsCommand(io, cache, session);
        CommandLine cl = new CommandLine(root.spec());
        // Building a subcommand costs start-up time (picocli reads its annotations), so a one-shot
        // run builds only the one it names, whether or not a session could be started (Main always
        // hands one in; `terms repl` builds the session's own tree when it starts). Help, no
        // command, `completion` (its script lists every command) and the session get the whole
        // tree; so does a typo, to suggest the nearest.
        String wanted = cache == null ? commandIn(cl.getCommandSpec(), args) : null;
        if (wanted != null && (!COMMANDS.contains(wanted) || WHOLE_TREE.contains(wanted))) wanted = null;
        for (String name : COMMANDS) {
            if (wanted == null || wanted.equals(name)) cl.addSubcommand(name, command(name, root, session));
        }
        // `terms clauses -V` prints what `terms -V` does, as git and gh subcommands do: one version for the tool
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(cl.getCommandSpec().versionProvider());
        }
        cl.setOut(io.out());
        cl.setErr(io.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setParameterExceptionHandler((ex, given) -> {
            if (asksJson(given)) {
                List<String> near = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
                Failures.json(io, "usage", ex.getMessage() + (near.isEmpty() ? "" : "; did you mean: "
                        + String.join(", ", near) + "?"), null, Exit.USAGE, List.of());
                io.err().flush();
                return Exit.USAGE;
            }
            PrintWriter err = io.err();
            err.println("terms: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            }
            err.flush();
            return Exit.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) ->
                Failures.handle(ex, io, root.debug.value(), asksJson(parsed.originalArgs().toArray(String[]::new))));
        return cl;
    }

    /** Every subcommand's name, in the order help lists them. */
    private static final List<String> COMMANDS = commandNames();

    private static List<String> commandNames() {
        List<String> names = new ArrayList<>(List.of("ask"));
        for (List<String> w : WordCommand.WORDS) names.add(w.get(0));
        names.addAll(List.of("clauses", "show", "parties", "search", "timeline", "diff", "graph", "check", "schema",
                "coverage", "test", "verify", "init", "completion", "repl", "load", "train", "__complete", "help"));
        return List.copyOf(names);
    }

    /** The subcommand of that name, built only when the line needs it (a switch: a lambda per command costs JDK 17 start-up). */
    private static Object command(String name, TermsCommand root, Interactive session) {
        return switch (name) {
            case "ask" -> new AskCommand(root).spec();
            case "clauses" -> new ClausesCommand();
            case "show" -> new ShowCommand();
            case "parties" -> new PartiesCommand();
            case "search" -> new SearchCommand();
            case "timeline" -> new TimelineCommand();
            case "diff" -> new DiffCommand();
            case "graph" -> new GraphCommand();
            case "check" -> new CheckCommand();
            case "schema" -> new SchemaCommand();
            case "coverage" -> new CoverageCommand();
            case "test" -> new TestCommand();
            case "verify" -> new VerifyCommand();
            case "init" -> new InitCommand();
            case "completion" -> new CompletionCommand();
            case "repl" -> new ReplCommand(session);
            case "load" -> new LoadCommand();
            case "train" -> new TrainCommand();
            case "__complete" -> new CompleteCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> {
                for (List<String> w : WordCommand.WORDS) if (w.get(0).equals(name)) yield new WordCommand(root, w).spec();
                throw new AssertionError(name);
            }
        };
    }

    /** Commands that read the whole tree when they run. */
    private static final Set<String> WHOLE_TREE = Set.of("completion");

    /**
     * The subcommand a command line names, or null when it names none (help, a typo). The value
     * of a root option that takes one ({@code -f PATH}, {@code --jq EXPR}) is not a command name:
     * which options take one is read from the root's spec, so a new option cannot be missed.
     */
    private static String commandIn(CommandLine.Model.CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("-")) {
                CommandLine.Model.OptionSpec o = root.findOption(a);
                if (o != null && o.arity().max() > 0) i++;
                continue;
            }
            return a.equals("help") ? null : a;
        }
        return null;
    }

    /** Runs one command line; returns its exit status and never exits the process. */
    public static int run(Io io, String... args) {
        return run(io, null, args);
    }

    public static int run(Io io, Interactive session, String... args) {
        int status;
        try {
            CommandLine cl = commandLineFor(io, session, args);
            String unknown = unknownCommand(cl, args);
            status = unknown != null ? unknownCommand(cl, unknown, io) : cl.execute(args);
        } catch (Error | RuntimeException e) {
            // picocli rethrows Errors (a stack overflow, an exhausted heap): still one line, exit 70
            status = Failures.handle(e, io, java.util.Arrays.asList(args).contains("--debug"), asksJson(args));
        }
        io.out().flush();
        status = written(io, status);
        io.err().flush();
        // after the answer is out: a large file's first read writes its cache entry beside it
        ModelCache.settle();
        return status;
    }

    /**
     * A command word that names no command, when the line also asks for help or the version:
     * picocli answers those before it looks at the word, so `terms bogus --help` would print the
     * root's help and exit 0. Without them picocli reports the word itself.
     */
    private static String unknownCommand(CommandLine cl, String[] args) {
        boolean helpOrVersion = false;
        for (String a : args) helpOrVersion |= a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version");
        if (!helpOrVersion) return null;
        String named = commandIn(cl.getCommandSpec(), args);
        return named == null || cl.getSubcommands().containsKey(named) || named.startsWith("-") ? null : named;
    }

    private static int unknownCommand(CommandLine cl, String word, Io io) {
        List<String> visible = cl.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList();
        String near = dev.terms.model.Words.nearest(word, visible);
        io.err().println("terms: unknown command '" + dev.terms.model.Printable.line(word) + "'");
        io.err().println(near != null ? "Did you mean: terms " + near + "?" : "Try 'terms --help'.");
        io.err().flush();
        return Exit.USAGE;
    }

    /**
     * The status once the output is flushed: a write that failed is an error, one line and exit
     * 74, except a closed pipe, which is how `| head` says it has read enough (quiet, as before).
     */
    static int written(Io io, int status) {
        if (!io.out().checkError()) return status;
        IOException why = io.out() instanceof Output o ? o.failure() : null;
        if (Output.closedPipe(why)) return status;
        io.err().println("terms: cannot write to standard output" + (why == null ? "" : ": " + reason(why)));
        return Exit.IO_ERROR;
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Whether a command line asks for JSON (--json, -o json or ndjson), so that its errors are JSON
     * too; not --jq, whose output is whatever the expression makes. Read from the words, since a
     * line that fails to parse has no options yet.
     */
    static boolean asksJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            if (a.equals("--json")) return true;
            String format = a.equals("-o") || a.equals("--format") ? (i + 1 < args.length ? args[i + 1] : "")
                    : a.startsWith("--format=") ? a.substring(9) : a.startsWith("-o") ? a.substring(2).replaceFirst("^=", "") : null;
            if (format != null && (format.equalsIgnoreCase("json") || format.equalsIgnoreCase("ndjson"))) return true;
        }
        return false;
    }

    /** The one place failures become exit statuses: {@link Failures#handle}. */
    static int handle(Throwable ex, Io io, boolean debug) {
        return Failures.handle(ex, io, debug);
    }
}
