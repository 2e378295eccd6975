package dev.terms;

import dev.terms.cli.Cli;
import dev.terms.app.Io;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command tree in memory: a command line in, exit status, stdout and stderr out. */
public final class Run {

    /** Every test runs on this day, so "today" answers are stable. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final Path ROOT = Path.of("").toAbsolutePath();
    public static final Path RESOURCES = ROOT.resolve("src/test/resources");

    public record Output(int status, String out, String err) {}

    private Path cwd = ROOT;
    private String stdin = "";
    private boolean terminal;
    private boolean fullDisk;
    private final Map<String, String> env = new HashMap<>();

    public static Run in(Path cwd) {
        Run r = new Run();
        r.cwd = cwd;
        return r;
    }

    public static Output terms(String... args) {
        return new Run().run(args);
    }

    public Run stdin(String text) {
        this.stdin = text;
        return this;
    }

    public Run terminal() {
        this.terminal = true;
        return this;
    }

    /** Standard output on a full disk: every write fails, as on /dev/full. */
    public Run fullDisk() {
        this.fullDisk = true;
        return this;
    }

    public Run env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Output run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter stdout = new PrintWriter(fullDisk ? new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() throws java.io.IOException {}

            @Override
            public void close() {}
        } : out);
        Io io = new Io(new BufferedReader(new StringReader(stdin)), stdout, new PrintWriter(err),
                terminal, env, cwd, () -> TODAY);
        int status = Cli.run(io, args);
        return new Output(status, out.toString(), err.toString());
    }

    /** A question parser on the vocabulary of one terms file of the checkout, as the tool builds it. */
    public static dev.terms.question.QueryParser parser(String file) {
        try {
            dev.terms.model.Agreement a = new dev.terms.load.TermsLoader().load(ROOT.resolve(file), file);
            return new dev.terms.question.QueryParser(new dev.terms.question.Vocabulary(java.util.List.of(a)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
