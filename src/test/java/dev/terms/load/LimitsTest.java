package dev.terms.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit, at the limit (loads) and just past it (refused, located). Small limits keep it fast. */
class LimitsTest {

    private static final String HEAD = "version: 1\nagreement: {id: a, title: A}\nparties: {p: {name: P}}\n";
    private static final String CLAUSE = "  - {id: c%d, title: T, kind: payment, modality: obligation, party: p}\n";

    private static Limits limits(long file, int line, int depth, int aliases, long nodes, int string, int clauses) {
        return new Limits(file, line, depth, aliases, nodes, string, clauses);
    }

    private static final Limits WIDE = limits(1 << 20, 1 << 16, 32, 100, 100_000, 1 << 16, 1000);

    private static String file(String extra, int clauses) {
        StringBuilder b = new StringBuilder(HEAD).append(extra).append("clauses:\n");
        for (int i = 0; i < clauses; i++) b.append(String.format(CLAUSE, i));
        return b.toString();
    }

    private static void loads(Limits l, String text) throws LoadException {
        new TermsLoader(l).parse(text.getBytes(StandardCharsets.UTF_8), "f.yaml");
    }

    private static String refused(Limits l, String text) {
        return assertThrows(LoadException.class, () -> loads(l, text)).getMessage();
    }

    @Test
    void fileSize(@TempDir Path dir) throws IOException, LoadException {
        String text = file("", 1);
        Path f = Files.writeString(dir.resolve("f.yaml"), text);
        Limits at = limits(text.length(), 1 << 16, 32, 100, 100_000, 1 << 16, 1000);
        new TermsLoader(at).load(f, "f.yaml");
        Limits under = limits(text.length() - 1, 1 << 16, 32, 100, 100_000, 1 << 16, 1000);
        LoadException e = assertThrows(LoadException.class, () -> new TermsLoader(under).load(f, "f.yaml"));
        assertEquals("f.yaml:1:1: the file is " + text.length() + " bytes; the limit is " + (text.length() - 1),
                e.getMessage());
    }

    @Test
    void aFileLongerThanItsSizeSaysIsReadOnlyToTheLimitPlusOneByte() throws IOException {
        // files in /proc say they are empty and are not: what a file growing while read looks like
        Path grows = Path.of("/proc/self/maps");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(grows) && Files.size(grows) == 0);
        Limits l = limits(100, 1 << 16, 32, 100, 100_000, 1 << 16, 1000);
        LoadException e = assertThrows(LoadException.class, () -> new TermsLoader(l).load(grows, "maps"));
        assertEquals("maps:1:1: the file is more than 100 bytes; the limit is 100", e.getMessage());
        assertThrows(Bounded.TooLarge.class, () -> Bounded.read(grows, 100, true));
        assertTrue(Bounded.read(grows, 1 << 20, true).length > 100);
    }

    @Test
    void lineLength() throws LoadException {
        String note = "note: ";
        Limits l = limits(1 << 20, 100, 32, 100, 100_000, 1 << 16, 1000);
        loads(l, file("x-" + note + "y".repeat(100 - note.length() - 2) + "\n", 1));
        assertEquals("f.yaml:4:101: line is 101 characters long; the limit is 100",
                refused(l, file("x-" + note + "y".repeat(101 - note.length() - 2) + "\n", 1)));
    }

    @Test
    void nestingDepth() throws LoadException {
        // the file's mapping is one level, x-deep's value the next ones
        Limits l = limits(1 << 20, 1 << 16, 10, 100, 100_000, 1 << 16, 1000);
        loads(l, file("x-deep: " + "[".repeat(9) + "]".repeat(9) + "\n", 1));
        assertEquals("f.yaml:4:18: nesting is deeper than 10 levels",
                refused(l, file("x-deep: " + "[".repeat(10) + "]".repeat(10) + "\n", 1)));
    }

    @Test
    void aliasCount() throws LoadException {
        Limits l = limits(1 << 20, 1 << 16, 32, 3, 100_000, 1 << 16, 1000);
        loads(l, file("x-a: &a v\nx-b: [*a, *a, *a]\n", 1));
        assertEquals("f.yaml:5:19: more than 3 aliases in one file", refused(l, file("x-a: &a v\nx-b: [*a, *a, *a, *a]\n", 1)));
    }

    @Test
    void expandedNodes() throws LoadException {
        // &a is 4 nodes (a list of three); each alias adds its 4
        Limits l = limits(1 << 20, 1 << 16, 32, 100, 8, 1 << 16, 1000);
        loads(l, file("x-a: &a [1, 2, 3]\nx-b: [*a, *a]\n", 1));
        assertEquals("f.yaml:5:15: aliases expand to more than 8 nodes (an alias bomb?)",
                refused(l, file("x-a: &a [1, 2, 3]\nx-b: [*a, *a, *a]\n", 1)));
    }

    @Test
    void stringLength() throws LoadException {
        Limits l = limits(1 << 20, 1 << 16, 32, 100, 100_000, 50, 1000);
        loads(l, file("x-s: " + "s".repeat(50) + "\n", 1));
        assertEquals("f.yaml:4:6: a string of 51 characters; the limit is 50", refused(l, file("x-s: " + "s".repeat(51) + "\n", 1)));
    }

    @Test
    void clauseCount() throws LoadException {
        Limits l = limits(1 << 20, 1 << 16, 32, 100, 100_000, 1 << 16, 5);
        loads(l, file("", 5));
        assertEquals("f.yaml:5:3: 6 clauses; the limit is 5", refused(l, file("", 6)));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertEquals(new Limits(64L * 1024 * 1024, 65_536, 32, 1_000, 5_000_000, 1_048_576, 200_000), Limits.DEFAULT);
        assertEquals(WIDE.maxDepth(), 32);
    }
}
