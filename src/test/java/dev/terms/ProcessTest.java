package dev.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool as a process, the way scripts and terminals meet it: hostile files under a 256 MB
 * heap and a 2 s budget, closed pipes, Ctrl-C, a C locale, and never a byte written to a terms file.
 */
public class ProcessTest {

    record Result(int status, String out, String err) {}

    /**
     * Every process the tests start gets a home of its own: the model cache and the history of
     * the real ~ are never touched (a test's env may still name its own cache).
     */
    public static ProcessBuilder sandboxed(ProcessBuilder pb) {
        pb.environment().remove("XDG_CACHE_HOME");
        pb.environment().remove("XDG_STATE_HOME");
        pb.environment().remove("TERMS_CACHE_DIR");
        pb.environment().remove("TERMS_HISTORY");
        pb.environment().put("HOME", home().toString());
        return pb;
    }

    private static Path home;

    static synchronized Path home() {
        if (home == null) {
            try {
                home = Files.createTempDirectory("terms-test-home");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return home;
    }

    /** Runs terms in its own JVM, from the test classpath, with a 256 MB heap. */
    static Process start(Path cwd, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.terms.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = sandboxed(new ProcessBuilder(cmd).directory(cwd.toFile()));
        pb.environment().putAll(env);
        return pb.start();
    }

    static Result run(Path cwd, String... args) throws Exception {
        return run(cwd, Map.of(), args);
    }

    /** Runs terms to its end, or for 30 s at most and then kills it (a hang fails, never blocks the build). */
    static Result run(Path cwd, Map<String, String> env, String... args) throws Exception {
        return runWith(cwd, env, "256m", null, args);
    }

    static Result runWith(Path cwd, Map<String, String> env, String heap, String stdin, String... args) throws Exception {
        Path out = Files.createTempFile("terms-out", ".txt"), err = Files.createTempFile("terms-err", ".txt");
        try {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.terms.Main"));
            cmd.addAll(List.of(args));
            Path in = Files.createTempFile("terms-in", ".txt");
            Files.writeString(in, stdin == null ? "" : stdin);
            in.toFile().deleteOnExit();
            ProcessBuilder pb = sandboxed(new ProcessBuilder(cmd).directory(cwd.toFile()).redirectInput(in.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()));
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean ended = p.waitFor(30, TimeUnit.SECONDS);
            if (!ended) p.destroyForcibly().waitFor();
            assertTrue(ended, String.join(" ", args) + ": still running after 30 s");
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Refused in 256 MB, with one located line and no stack trace. What it costs is timed by
     * bench/hostile.py beside a plain run, never here: a unit test times nothing on a shared machine.
     */
    private static void refusedCleanly(Path dir, String file, String expected) throws Exception {
        Result r = run(dir, "clauses", "-f", file);
        assertEquals(65, r.status(), r.err());
        assertEquals(expected + "\n", r.err());
    }

    @Test
    void aHundredMegabyteFile(@TempDir Path dir) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("big.yaml").toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        refusedCleanly(dir, "big.yaml", "big.yaml:1:1: the file is 104857600 bytes; the limit is 67108864");
    }

    @Test
    void aTwoMegabyteTokenWithNoSpaces(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), "version: 1\nnote: " + "x".repeat(2 * 1024 * 1024) + "\n");
        refusedCleanly(dir, "t.yaml", "t.yaml:2:65537: line is 2097158 characters long; the limit is 65536");
    }

    @Test
    void twentyThousandLevelsOfNesting(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("n.yaml"), "version: 1\nx: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        refusedCleanly(dir, "n.yaml", "n.yaml:2:35: nesting is deeper than 32 levels");
    }

    @Test
    void billionLaughs() throws Exception {
        refusedCleanly(Run.RESOURCES.resolve("bad"), "alias-bomb.yaml",
                "alias-bomb.yaml:8:29: aliases expand to more than 5000000 nodes (an alias bomb?)");
    }

    @Test
    void aVeryLongString(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("version: 1\nnote: >\n");
        for (int i = 0; i < 1100; i++) b.append("  ").append("w".repeat(1000)).append('\n');
        Files.writeString(dir.resolve("s.yaml"), b.toString());
        refusedCleanly(dir, "s.yaml", "s.yaml:2:7: a string of 1101100 characters; the limit is 1048576");
    }

    /** Clauses c0..c(n-1), each superseding the next; the last one the first when {@code cycle}. */
    private static String chain(int n, boolean cycle) {
        StringBuilder b = new StringBuilder("version: 1\nagreement: {id: a, title: A}\nparties: {p: {name: P}}\nclauses:\n");
        for (int i = 0; i < n; i++) {
            b.append("  - {id: c").append(i).append(", title: T, kind: payment, modality: obligation, party: p");
            if (i + 1 < n || cycle) b.append(", supersedes: [c").append((i + 1) % n).append(']');
            b.append("}\n");
        }
        return b.toString();
    }

    @Test
    void aSupersessionChainOfSixThousandClausesLoads(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("chain.yaml"), chain(6000, false));
        Result r = run(dir, "check", "-f", "chain.yaml");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void aSupersessionCycleOfSixThousandClausesIsOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cycle.yaml"), chain(6000, true));
        StringBuilder path = new StringBuilder("cycle.yaml:5:5: supersession cycle: c0");
        for (int i = 1; i <= 6000; i++) path.append(" → c").append(i % 6000);
        refusedCleanly(dir, "cycle.yaml", path.toString());
    }

    /** Ends in 256 MB (and 30 s) with the given status and nothing that looks like a crash; its cost is bench/hostile.py's. */
    private static Result within(Path dir, int status, String... args) throws Exception {
        Result r = run(dir, args);
        assertEquals(status, r.status(), r.err().lines().limit(3).toList().toString());
        assertFalse(r.err().contains("Exception") || r.err().contains("internal error"), r.err());
        return r;
    }

    private static final String HEAD = "version: 1\nagreement: {id: a, title: A}\n";

    @Test
    void mergeKeysCostTimeLinearInTheirSize(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder(HEAD).append("x-base: &b\n");
        for (int i = 0; i < 20_000; i++) b.append("  k").append(i).append(": v\n");
        b.append("x-merged:\n  <<: *b\n");
        for (int i = 0; i < 20_000; i++) b.append("  j").append(i).append(": v\n");
        b.append("parties: {p: {name: P}}\nclauses:\n  - {id: c, title: T, kind: payment, modality: obligation, party: p}\n");
        Files.writeString(dir.resolve("merge.yaml"), b.toString());
        within(dir, 0, "clauses", "-f", "merge.yaml");
    }

    @Test
    void aLongIdThatIsNotAClauseGetsNoSuggestionAndCostsLittle(@TempDir Path dir) throws Exception {
        String id = "a".repeat(45_000), other = "b".repeat(45_000);
        Files.writeString(dir.resolve("long.yaml"), HEAD + "parties: {p: {name: P}}\nclauses:\n"
                + "  - {id: " + id + ", title: T, kind: payment, modality: obligation, party: p}\n"
                + "  - {id: c, title: T, kind: payment, modality: obligation, party: p, supersedes: [" + other + "]}\n");
        Result r = within(dir, 65, "clauses", "-f", "long.yaml");
        assertEquals("long.yaml:6:82: clause 'c' supersedes '" + other + "', which is not a clause\n", r.err());
    }

    @Test
    void manyBadReferencesCostLittle(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder(HEAD).append("parties:\n");
        for (int i = 0; i < 1_000; i++) b.append("  party-number-").append(i).append(": {name: P}\n");
        b.append("clauses:\n");
        for (int i = 0; i < 5_000; i++) {
            b.append("  - {id: c").append(i).append(", title: T, kind: payment, modality: obligation, party: prty-nmbr-")
                    .append(i).append(", supersedes: [x").append(i).append("]}\n");
        }
        Files.writeString(dir.resolve("refs.yaml"), b.toString());
        Result r = within(dir, 65, "clauses", "-f", "refs.yaml");
        assertEquals(10_000, r.err().lines().count());
    }

    @Test
    void aWideFanOutOfSupersessionCostsLittle(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder(HEAD).append("parties: {p: {name: P}}\nclauses:\n");
        for (int i = 0; i < 2_000; i++) {
            b.append("  - {id: c").append(i).append(", title: T, kind: payment, modality: obligation, party: p, supersedes: [");
            for (int j = i + 1; j <= Math.min(i + 50, 1_999); j++) b.append(j == i + 1 ? "" : ", ").append('c').append(j);
            b.append("]}\n");
        }
        Files.writeString(dir.resolve("fan.yaml"), b.toString());
        within(dir, 0, "check", "-f", "fan.yaml");
    }

    @Test
    void aRunawayJqExpressionIsStoppedWithExit2() throws Exception {
        String[][] cases = {
                {"[range(1e9)]", "terms: --jq: more than 200000 values from range; the limit is 200000"},
                {"range(1e9)", "terms: --jq: more than 200000 values from range; the limit is 200000"},
                {"reduce range(1e9) as $x (0; . + $x)", "terms: --jq: more than 200000 values from range; the limit is 200000"},
                {"def f: f; f", "terms: --jq: the expression recurses too deeply"},
                {"[.[] | tostring] | add | . * 100000 | length", null}};
        for (String[] c : cases) {
            Result r = run(Run.ROOT, "clauses", "--jq", c[0]);
            assertEquals(2, r.status(), c[0] + ": " + r.err());
            if (c[1] != null) assertEquals(c[1] + "\n", r.err(), c[0]);
            else assertTrue(r.err().startsWith("terms: --jq: "), c[0] + ": " + r.err());
        }
        Result r = run(Run.ROOT, "clauses", "--jq", ".[] | .id");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("rofr-new-capacity\n"), r.out());
    }

    @Test
    void aLineThatRunsOutOfMemoryIsReportedAndTheSessionGoesOn(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder(HEAD).append("parties: {p: {name: P}}\nclauses:\n");
        for (int i = 0; i < 60_000; i++) {
            b.append("  - {id: c").append(i).append(", title: Clause number ").append(i)
                    .append(" about things, kind: payment, modality: obligation, party: p, text: some text for clause ")
                    .append(i).append(" here}\n");
        }
        Path big = Files.writeString(dir.resolve("big.yaml"), b.toString());
        Result r = runWith(Run.ROOT, Map.of("TERMS_NO_CACHE", "1"), "40m",
                "clauses -f " + big + " -o json\nwho has the rofr\n", "repl");
        assertTrue(r.out().contains("Microsoft holds the right"), r.out().lines().limit(3).toList().toString());
        assertEquals("terms: out of memory on this line (try a smaller file or question); the session goes on\n", r.err());
        assertEquals(70, r.status(), "the status of the line that failed");
    }

    @Test
    void aFifoIsRefusedNotWaitedFor(@TempDir Path dir) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("p.yaml").toString()).start().waitFor());
        Result r = run(dir, "check", "-f", "p.yaml");
        assertEquals(66, r.status(), r.err());
        assertEquals("p.yaml: error[unreadable]: is a FIFO, not a regular file\n", r.out()); // check's format
        r = run(dir, "clauses", "-f", "p.yaml");
        assertEquals("p.yaml: is a FIFO, not a regular file\n", r.err());
        Files.copy(Run.ROOT.resolve("terms.yaml"), dir.resolve("a.yaml"));
        r = run(dir, "clauses", "-f", ".");
        assertEquals(66, r.status(), r.err());
        assertEquals("p.yaml: is a FIFO, not a regular file\n", r.err());
    }

    @Test
    void aDeviceIsRefusedNotRead(@TempDir Path dir) throws Exception {
        Result r = run(dir, "clauses", "-f", "/dev/zero");
        assertEquals(66, r.status(), r.err());
        assertEquals("/dev/zero: is a character device, not a regular file\n", r.err());
    }

    @Test
    void aFullDiskOrAClosedStandardOutputIsAnErrorAndExit74() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String redirect : List.of("> /dev/full", ">&-")) {
            for (String args : List.of("clauses -o json", "ask --batch", "repl", "timeline")) {
                Process p = sandboxed(new ProcessBuilder("sh", "-c", "printf 'who has the rofr\\nclauses\\n' | exec \"$0\" -Xmx256m "
                        + "-XX:TieredStopAtLevel=1 -cp \"$1\" dev.terms.Main " + args + " " + redirect, java,
                        System.getProperty("java.class.path")).directory(Run.ROOT.toFile())).start();
                p.getOutputStream().close();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(10, TimeUnit.SECONDS));
                String what = args + " " + redirect + ": " + err;
                assertEquals(74, p.exitValue(), what);
                assertEquals(redirect.equals(">&-") ? "terms: cannot write to standard output: Bad file descriptor\n"
                        : "terms: cannot write to standard output: No space left on device\n", err, what);
            }
        }
    }

    @Test
    void aClosedPipeEndsTheRunAtOnceAndQuietly(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("terms.yaml");
        StringBuilder b = new StringBuilder("version: 1\nagreement: {id: a, title: A}\nparties: {p: {name: P}}\nclauses:\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("  - {id: c").append(i).append(", title: Clause ").append(i)
                    .append(", kind: payment, modality: obligation, party: p}\n");
        }
        Files.writeString(big, b.toString());
        for (String[] args : List.of(new String[] {"clauses", "-o", "ndjson"}, new String[] {"clauses"})) {
            Process p = start(dir, Map.of(), args);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(out.readLine().contains("c0"));
            out.close(); // like `| head -1`
            assertTrue(p.waitFor(5, TimeUnit.SECONDS), "ended at once");
            assertEquals("", new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        // a batch whose reader goes away
        Process p = start(Run.ROOT, Map.of(), "ask", "--batch", "-o", "ndjson");
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Thread writer = new Thread(() -> {
            try (var in = p.getOutputStream()) {
                in.write("who has the rofr\n".repeat(5000).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process went away first: what this test wants
            }
        });
        writer.start(); // from another thread: the process cannot read all of it until we read its output
        assertTrue(out.readLine().startsWith("{"));
        out.close();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "ended");
        assertEquals("", new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void ctrlCDuringALongRunExits130Quietly() throws Exception {
        Process p = start(Run.ROOT, Map.of(), "ask", "--batch");
        p.getOutputStream().write("who has the rofr\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush(); // and keep standard input open: the run waits for more
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertTrue(out.readLine().startsWith("Microsoft"));
        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
        assertTrue(p.waitFor(5, TimeUnit.SECONDS));
        assertEquals(130, p.exitValue());
        assertEquals("", new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void outputIsUtf8WhateverTheLocale() throws Exception {
        Process p = start(Run.RESOURCES.resolve("good"), Map.of("LANG", "C", "LC_ALL", "C"), "show", "c1", "-f", "json.yaml");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        assertTrue(out.contains("\"café\""), out);
    }

    @Test
    void noCommandWritesToATermsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("terms.yaml");
        Files.copy(Run.ROOT.resolve("terms.yaml"), file);
        FileTime mtime = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(file, mtime);
        byte[] before = Files.readAllBytes(file);
        Path other = dir.resolve("other.yaml");
        Files.copy(file, other);
        String[][] suite = {
                {"ask", "Who holds the right of first refusal?"}, {"ask", "--batch"}, {"who", "has", "the", "rofr"},
                {"what", "must", "openai", "do"}, {"where", "is", "the", "api", "hosted"}, {"when", "did", "cloud", "exclusivity", "end"},
                {"clauses", "--all", "-o", "yaml"}, {"show", "rofr-new-capacity"}, {"parties", "-o", "json"}, {"search", "azure"},
                {"timeline"}, {"diff", "--from", "2024-01-01", "--to", "2025-06-01"}, {"diff", "terms.yaml", "other.yaml"},
                {"check", "--strict"}, {"check", "-o", "sarif"}, {"coverage"}, {"schema"}, {"init"}, {"repl"},
                {"load"}, {"--help"}, {"--version"}};
        for (String[] args : suite) {
            Run.Output r = Run.in(dir).stdin("who has the rofr\nset format json\nreload\n").run(args);
            assertFalse(r.err().contains("Exception"), String.join(" ", args) + ": " + r.err());
            assertArrayEquals(before, Files.readAllBytes(file), String.join(" ", args));
            assertEquals(mtime, Files.getLastModifiedTime(file), String.join(" ", args));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "?!?!...;;", "\u0001\u0002\u001b[31m who", "谁拥有优先购买权？", "من يملك حق الشفعة؟",
            "'; DROP TABLE clauses; --", "$(rm -rf /); `id`", "who holds the right of first refusal' OR 1=1 --",
            "\"\"\"", "who who who who", "is is is", "when when", "how", "which which agreements", "\t\n\r"})
    void oddQuestionsGetACleanAnswerOrNone(String question) {
        Run.Output r = Run.terms("ask", question, "-o", "json");
        assertTrue(r.status() == 0 || r.status() == 1, r.status() + " " + r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("{\n  \"question\":"), r.out());
    }

    @Test
    void aHundredKilobyteQuestion() {
        Run.Output r = Run.terms("ask", "who holds ".repeat(10_000));
        assertEquals(1, r.status());
        assertEquals("No answer: the question is 99999 characters long; questions are read up to 2000.\n", r.out());
    }

    @Test
    void aTestsProcessCachesUnderItsOwnHomeNeverTheRealOne(@TempDir Path dir) throws Exception {
        // a file large enough to be cached (ModelCache.LARGE_BYTES), made by the bench generator
        Path file = dir.resolve("terms.yaml");
        Process gen = new ProcessBuilder("python3", "bench/generate.py", "3000", file.toString()).directory(Run.ROOT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(gen.waitFor(60, TimeUnit.SECONDS) && gen.exitValue() == 0);
        assertTrue(Files.size(file) >= dev.terms.load.ModelCache.LARGE_BYTES);
        assertEquals(0, run(dir, "clauses").status());
        try (var entries = Files.walk(home().resolve(".cache/terms"))) {
            assertTrue(entries.anyMatch(Files::isRegularFile), "the model cache entry is under the test's own home");
        }
    }

    /** What the launcher would run the JVM with for these arguments (`./terms --launcher-flags ARGS`). */
    public static String launcherFlags(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", "terms", "--launcher-flags"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(Run.ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        return out;
    }

    @Test
    void aSessionKeepsBothCompilersAndAOneShotRunC1Only() throws Exception {
        // the command is the first word that is neither an option nor an option's value: "-f repl" names a file;
        // no command is a session only on a terminal, which a test's pipes are not
        for (String[] session : List.of(new String[] {"repl"}, new String[] {"-f", "big.json", "repl"},
                new String[] {"--file=big.json", "-o", "json", "repl"})) {
            String flags = launcherFlags(session);
            assertFalse(flags.contains("TieredStopAtLevel"), String.join(" ", session) + ": " + flags);
            assertTrue(flags.contains("-XX:+UseSerialGC"), flags);
        }
        for (String[] oneShot : List.of(new String[] {"ask", "repl"}, new String[] {"-f", "repl", "ask", "who"},
                new String[] {"clauses"}, new String[0])) {
            assertTrue(launcherFlags(oneShot).startsWith("-XX:TieredStopAtLevel=1 "), String.join(" ", oneShot));
        }
    }
}
