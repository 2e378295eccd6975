package dev.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import dev.terms.repl.ShellWords;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
}
