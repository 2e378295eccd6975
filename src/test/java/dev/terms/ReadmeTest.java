package dev.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.terms.repl.ShellWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples, run: each "$ ./terms ..." line in a console block is run through the
 * real command tree and must print exactly what the README shows, so the README cannot rot.
 * "2>&1" shows standard error too; "; echo "exit $?"" shows the exit status.
 */
class ReadmeTest {

    private static final String README = read();

    private static String read() {
        try {
            return Files.readString(Run.ROOT.resolve("README.md"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    record Example(String command, String expected) {}

    static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        boolean inBlock = false;
        String command = null;
        StringBuilder expected = new StringBuilder();
        for (String line : README.split("\n", -1)) {
            if (line.startsWith("```console")) {
                inBlock = true;
                continue;
            }
            if (!inBlock) continue;
            if (line.startsWith("```") || line.startsWith("$ ")) {
                if (command != null) out.add(new Example(command, expected.toString()));
                command = null;
                expected.setLength(0);
                if (line.startsWith("```")) {
                    inBlock = false;
                    continue;
                }
                command = line.substring(2);
                continue;
            }
            expected.append(line).append('\n');
        }
        return out;
    }

    @Test
    void startsWithTheTwoCommandsANewcomerRuns() {
        List<String> lines = README.lines().limit(6).toList();
        assertTrue(lines.get(3).startsWith("./terms ask \"Who holds the right of first refusal?\""), lines.get(3));
        assertTrue(lines.get(4).startsWith("mvn test"), lines.get(4));
    }

    @TestFactory
    Stream<DynamicTest> everyExamplePrintsWhatTheReadmeShows() {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 15, "the README has its tour");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.command(), () -> {
            String command = e.command();
            boolean showStatus = command.endsWith("; echo \"exit $?\"");
            if (showStatus) command = command.substring(0, command.length() - "; echo \"exit $?\"".length());
            boolean showErr = command.endsWith(" 2>&1");
            if (showErr) command = command.substring(0, command.length() - " 2>&1".length());
            List<String> words = ShellWords.split(command);
            assertEquals("./terms", words.get(0));
            Run.Output r = Run.terms(words.subList(1, words.size()).toArray(String[]::new));
            String actual = (showErr ? r.err() : "") + r.out() + (showStatus ? "exit " + r.status() + "\n" : "");
            assertEquals(e.expected(), actual);
        }));
    }

    @Test
    void thePictureOfTheBundledAgreementIsWhatGraphDraws() {
        int from = README.indexOf("```mermaid\n") + "```mermaid\n".length();
        assertEquals(README.substring(from, README.indexOf("```", from)), Run.terms("graph").out());
    }

    /**
     * The install steps, as the README gives them, in a home of their own: afterwards {@code man terms}
     * shows the root page, with every exit status of the README's table, and {@code man terms-ask}
     * the command's; the uninstall line takes them away again. The build step ({@code ./terms -V})
     * is the man pages' generator, run here into the copy's target/man.
     */
    @Test
    void theInstallStepsMakeManTermsWorkAndTheUninstallLineUndoesThem(@TempDir Path tmp) throws Exception {
        assumeTrue(onPath("man") && onPath("asciidoctor"), "needs man and asciidoctor (.ci/run installs both)");
        Path checkout = Files.createDirectories(tmp.resolve("checkout"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.copy(Run.ROOT.resolve("terms"), checkout.resolve("terms")); // linked, never run here
        dev.terms.tools.ManPages.main(new String[] {checkout.resolve("target/man").toString()});
        int section = README.indexOf("## Install and uninstall");
        int from = README.indexOf("```sh\n", section) + "```sh\n".length();
        List<String> lines = README.substring(from, README.indexOf("```", from)).lines().toList();
        assertTrue(lines.get(0).startsWith("./terms -V"), lines.get(0));
        List<String> uninstall = lines.stream().filter(l -> l.endsWith("# uninstall")).toList();
        assertEquals(1, uninstall.size(), lines.toString());
        List<String> install = lines.subList(1, lines.size()).stream().filter(l -> !uninstall.contains(l)).toList();

        assertEquals(0, sh(checkout, home, String.join("\n", install)).status());
        Run.Output man = sh(checkout, home, "man terms");
        assertEquals(0, man.status(), man.err());
        assertTrue(man.out().startsWith("TERMS(1)"), man.out());
        String exit = man.out().substring(man.out().indexOf("Exit status:")).replaceAll("\\s+", " ");
        int table = README.indexOf("## Exit status");
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\|").matcher(README.substring(table, README.indexOf("\n## ", table + 1)));
        List<String> statuses = new ArrayList<>();
        while (row.find()) statuses.add(row.group(1));
        assertEquals(List.of("0", "1", "2", "65", "66", "73", "70", "74", "130"), statuses);
        for (String status : statuses) assertTrue(exit.matches(".*[:,] " + status + " .*"), status + " in: " + exit);
        Run.Output ask = sh(checkout, home, "man terms-ask");
        assertTrue(ask.out().startsWith("TERMS-ASK(1)"), ask.out() + ask.err());

        assertEquals(0, sh(checkout, home, uninstall.get(0)).status());
        assertNotEquals(0, sh(checkout, home, "man -w terms").status(), "uninstalled");
        assertTrue(Files.exists(checkout.resolve("terms")) && !Files.exists(checkout.resolve("target")));
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    /** sh -c in the checkout, with only that home, its ~/.local/bin first on PATH, and no MANPATH of the caller's. */
    private static Run.Output sh(Path cwd, Path home, String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.remove("MANPATH");
        env.put("HOME", home.toString());
        env.put("PATH", home.resolve(".local/bin") + ":/usr/local/bin:/usr/bin:/bin");
        env.put("MANPAGER", "cat");
        env.put("PAGER", "cat");
        env.put("MANWIDTH", "80");
        env.put("LC_ALL", "C.UTF-8");
        Path out = Files.createTempFile(home, "out", ".txt"), err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        int status = p.waitFor();
        Run.Output r = new Run.Output(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
