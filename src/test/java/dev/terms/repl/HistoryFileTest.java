package dev.terms.repl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.terms.Run;
import dev.terms.app.Io;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's history file: used when it is one, otherwise a one-line warning and no history, never a rewrite. */
class HistoryFileTest {

    private final StringWriter err = new StringWriter();

    private Path history(Path file) {
        Io io = new Io(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()), new PrintWriter(err),
                true, Map.of("TERMS_HISTORY", file.toString()), Run.ROOT, () -> Run.TODAY);
        return Terminal.history(io);
    }

    @Test
    void aHistoryFileOrANewOneIsUsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("history");
        assertEquals(file, history(file));
        Files.writeString(file, "1764600000000:who has the rofr\n1764600000001:clauses --all\n");
        assertEquals(file, history(file));
        assertEquals("", err.toString());
    }

    @Test
    void aFileThatIsNotAHistoryFileIsLeftAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("terms.yaml");
        Files.copy(Run.ROOT.resolve("terms.yaml"), file);
        byte[] before = Files.readAllBytes(file);
        assertNull(history(file));
        assertEquals("terms: history off: " + file + " is not a history file (line 1 is not TIME:LINE); it is left as it is\n",
                err.toString());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void invalidUtf8ADirectoryAndADeviceTurnHistoryOff(@TempDir Path dir) throws Exception {
        Path bytes = dir.resolve("bad");
        Files.write(bytes, new byte[] {'1', ':', (byte) 0xff, (byte) 0xfe, '\n'});
        assertNull(history(bytes));
        assertNull(history(dir));
        assertNull(history(Path.of("/dev/full")));
        assertEquals(String.join("\n",
                "terms: history off: " + bytes + " is not a history file (it is not UTF-8); it is left as it is",
                "terms: history off: " + dir + " is a directory, not a file",
                "terms: history off: /dev/full is a character device, not a file", ""), err.toString());
    }

    private Path historyIn(Map<String, String> env) {
        Io io = new Io(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()), new PrintWriter(err),
                true, env, Run.ROOT, () -> Run.TODAY);
        return Terminal.history(io);
    }

    @Test
    void theHistoryGoesWhereTheEnvironmentSaysNotWhereJavaThinksHomeIs(@TempDir Path dir) {
        assertEquals(dir.resolve("state/terms/history"), historyIn(Map.of("XDG_STATE_HOME", dir.resolve("state").toString(),
                "HOME", dir.resolve("home").toString())));
        assertEquals(dir.resolve("home/.local/state/terms/history"), historyIn(Map.of("HOME", dir.resolve("home").toString())));
        assertEquals("", err.toString());
        assertNull(historyIn(Map.of()));
        assertEquals("terms: history off: neither TERMS_HISTORY, XDG_STATE_HOME nor HOME is set\n", err.toString());
    }
}
