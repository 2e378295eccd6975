package dev.terms.cli;

import dev.terms.app.Corpora;
import dev.terms.app.Exit;
import dev.terms.app.Io;
import dev.terms.app.Options;
import dev.terms.app.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/**
 * The root command: global options, inherited by every subcommand so they go before or after it.
 * Its model is built in code ({@link #spec}), not read from annotations: see {@link Specs}.
 */
public final class TermsCommand implements Callable<Integer> {

    CommandSpec spec;

    final Specs.Value<List<String>> files = new Specs.Value<>(new ArrayList<>());
    final Specs.Value<String> agreement = new Specs.Value<>(null);
    final Specs.Value<String> format = new Specs.Value<>(null);
    final Specs.Value<Boolean> json = new Specs.Value<>(false);
    final Specs.Value<String> jq = new Specs.Value<>(null);
    final Specs.Value<List<String>> fields = new Specs.Value<>(null);
    final Specs.Value<String> asOf = new Specs.Value<>(null);
    final Specs.Value<Boolean> color = new Specs.Value<>(null);
    final Specs.Value<Boolean> debug = new Specs.Value<>(false);

    private final Io io;
    private final Corpora cache;
    private final Interactive session;

    TermsCommand(Io io, Corpora cache, Interactive session) {
        this.io = io;
        this.cache = cache;
        this.session = session;
    }

    /** The root's model: its options in the order help lists them, each inherited by every subcommand. */
    CommandSpec spec() {
        CommandSpec s = CommandSpec.wrapWithoutInspection(this).name("terms").versionProvider(new Version());
        s.usageMessage().sortOptions(false)
                .description("Answers questions about a contract encoded as a terms file, citing the clause and its words.")
                .footerHeading("%nExamples:%n")
                .footer("  terms ask \"Who holds the right of first refusal?\"",
                        "  terms where must the api run",
                        "  terms clauses --party microsoft -o table",
                        "  terms show rofr-new-capacity",
                        "  terms --as-of 2024-06-01 ask \"Is Microsoft OpenAI's exclusive cloud provider?\"",
                        "",
                        "Exit status: 0 answered, 1 no answer, 2 bad usage, 65 invalid terms file,",
                        "66 terms file missing or unreadable, 70 internal error, 73 (init, test --record)",
                        "file exists, 74 output not written, 130 interrupted (Ctrl-C).");
        s.addOption(Specs.option(files, "-f", "--file").paramLabel("PATH")
                .type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>()).scopeType(ScopeType.INHERIT)
                .description("A terms file, or a directory of them; repeatable. Default: $TERMS_FILE, else terms.yaml "
                        + "here or in the nearest parent directory.").build());
        s.addOption(Specs.option(agreement, "--agreement").paramLabel("ID")
                .type(String.class).scopeType(ScopeType.INHERIT)
                .description("Only this agreement, when several files are loaded.").build());
        s.addOption(Specs.option(format, "-o", "--format").paramLabel("FMT")
                .type(String.class).scopeType(ScopeType.INHERIT)
                .description("text (default), json, yaml, ndjson; table and markdown for lists.").build());
        s.addOption(Specs.option(json, "--json").type(boolean.class).initialValue(false)
                .scopeType(ScopeType.INHERIT).description("Same as -o json.").build());
        s.addOption(Specs.option(jq, "--jq").paramLabel("EXPR")
                .type(String.class).scopeType(ScopeType.INHERIT)
                .description("Filter the JSON output with a jq expression, in-process (implies -o json).").build());
        s.addOption(Specs.option(fields, "--fields").paramLabel("A,B,...")
                .type(List.class).auxiliaryTypes(String.class).splitRegex(",").scopeType(ScopeType.INHERIT)
                .description("Keep only these fields of each JSON object printed.").build());
        s.addOption(Specs.option(asOf, "--as-of").paramLabel("DATE")
                .type(String.class).scopeType(ScopeType.INHERIT)
                .description("Answer as of this date (YYYY-MM-DD or today). Default: today.").build());
        s.addOption(Specs.option(color, "--color").type(Boolean.class).negatable(true)
                .scopeType(ScopeType.INHERIT)
                .description("Colour output. Default: on a terminal, unless NO_COLOR is set; --color or --no-color wins.").build());
        s.addOption(Specs.option(debug, "--debug").type(boolean.class).initialValue(false)
                .scopeType(ScopeType.INHERIT).description("Print stack traces of internal errors.").build());
        spec = Specs.withStandardHelp(s);
        return spec;
    }

    Io io() {
        return io;
    }

    Workspace workspace() {
        return new Workspace(io, options(), cache);
    }

    /** The global options as values, for the application layer. */
    Options options() {
        return new Options(command(), files.value(), agreement.value(), format.value(), json.value(), jq.value(),
                fields.value(), asOf.value(), color.value(), debug.value());
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
        if (io.terminal() && session != null) return session.start(io, files.value());
        spec.commandLine().usage(io.out());
        return Exit.OK;
    }
}
