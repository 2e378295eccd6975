package dev.terms.cli;

import dev.terms.app.Corpora;
import dev.terms.app.Exit;
import dev.terms.app.Io;
import dev.terms.app.Options;
import dev.terms.app.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The root command: global options, inherited by every subcommand so they go before or after it. */
@Command(name = "terms",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = "Answers questions about a contract encoded as a terms file, citing the clause and its words.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  terms ask \"Who holds the right of first refusal?\"",
                "  terms where must the api run",
                "  terms clauses --party microsoft -o table",
                "  terms show rofr-new-capacity",
                "  terms --as-of 2024-06-01 ask \"Is Microsoft OpenAI's exclusive cloud provider?\"",
                "",
                "Exit status: 0 answered, 1 no answer, 2 bad usage, 65 invalid terms file,",
                "66 terms file missing or unreadable, 70 internal error, 74 output not written."})
public final class TermsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--file"}, paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "A terms file, or a directory of them; repeatable. Default: $TERMS_FILE, else terms.yaml "
                    + "here or in the nearest parent directory.")
    List<String> files = new ArrayList<>();

    @Option(names = "--agreement", paramLabel = "ID", scope = ScopeType.INHERIT,
            description = "Only this agreement, when several files are loaded.")
    String agreement;

    @Option(names = {"-o", "--format"}, paramLabel = "FMT", scope = ScopeType.INHERIT,
            description = "text (default), json, yaml, ndjson; table and markdown for lists.")
    String format;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Same as -o json.")
    boolean json;

    @Option(names = "--jq", paramLabel = "EXPR", scope = ScopeType.INHERIT,
            description = "Filter the JSON output with a jq expression, in-process (implies -o json).")
    String jq;

    @Option(names = "--fields", paramLabel = "A,B,...", split = ",", scope = ScopeType.INHERIT,
            description = "Keep only these fields of each JSON object printed.")
    List<String> fields;

    @Option(names = "--as-of", paramLabel = "DATE", scope = ScopeType.INHERIT,
            description = "Answer as of this date (YYYY-MM-DD or today). Default: today.")
    String asOf;

    @Option(names = "--color", negatable = true, scope = ScopeType.INHERIT,
            description = "Colour output. Default: on a terminal only, never when NO_COLOR is set.")
    Boolean color;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    private final Io io;
    private final Corpora cache;
    private final Interactive session;

    TermsCommand(Io io, Corpora cache, Interactive session) {
        this.io = io;
        this.cache = cache;
        this.session = session;
    }

    Io io() {
        return io;
    }

    Workspace workspace() {
        return new Workspace(io, options(), cache);
    }

    /** The global options as values, for the application layer. */
    Options options() {
        return new Options(command(), files, agreement, format, json, jq, fields, asOf, color, debug);
    }

    /** The command this line runs, as messages name it: "timeline" (the root itself is "terms"). */
    private String command() {
        CommandLine.ParseResult line = spec.commandLine().getParseResult();
        while (line != null && line.subcommand() != null) line = line.subcommand();
        return line == null || line.commandSpec() == spec ? "terms" : line.commandSpec().qualifiedName(" ")
                .substring(spec.qualifiedName().length() + 1);
    }

    /** With no command: the session on a terminal, the help elsewhere. */
    @Override
    public Integer call() {
        if (io.terminal() && session != null) return session.start(io, files);
        spec.commandLine().usage(io.out());
        return Exit.OK;
    }
}
