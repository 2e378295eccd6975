package dev.terms.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.load.LoadException;
import dev.terms.load.Limits;
import dev.terms.load.TermsLoader;
import dev.terms.model.Agreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bad file in src/test/resources/bad (YAML, and JSON: json-*.json) gets exactly the located
 * messages in its .expected file, on standard error, and exit status 65; every good file loads.
 */
class LoaderTest {

    private static final Path BAD = Run.RESOURCES.resolve("bad");
    private static final Path GOOD = Run.RESOURCES.resolve("good");

    @TestFactory
    Stream<DynamicTest> badFilesGetTheirExactLocatedMessages() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(BAD)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "the corpus of bad files is there");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path expected = Path.of(f.toString().replaceAll("\\.(yaml|json)$", ".expected"));
            Run.Output r = Run.in(BAD).run("clauses", "-f", f.getFileName().toString());
            assertEquals(Files.readString(expected), r.err(), "stderr for " + f.getFileName());
            assertEquals(65, r.status());
            assertEquals("", r.out());
        }));
    }

    @TestFactory
    Stream<DynamicTest> goodFilesLoad() throws IOException {
        try (Stream<Path> s = Files.list(GOOD)) {
            return s.sorted().toList().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                Run.Output r = Run.in(GOOD).run("show", "c1", "-f", f.getFileName().toString());
                assertEquals("", r.err());
                assertEquals(0, r.status());
            }));
        }
    }

    @Test
    void anchorsResolveToTheirValuesNotTheirNames() throws LoadException {
        Agreement a = new TermsLoader().load(GOOD.resolve("anchors.yaml"), "anchors.yaml");
        assertEquals("Pay for widgets", a.clause("c2").title());
        assertEquals("Acme shall pay for all widgets within 30 days.", a.clause("c2").text());
        assertEquals(List.of("Acme Corp", "ACME"), a.parties().get("acme").aliases());
    }

    @Test
    void mergeKeysMergeAndWrittenKeysWin() throws LoadException {
        Agreement a = new TermsLoader().load(GOOD.resolve("merge.yaml"), "merge.yaml");
        assertEquals("Pay again", a.clause("c2").title());
        assertEquals(List.of("acme"), a.clause("c2").party());
    }

    @Test
    void aMissingFileExits66() {
        Run.Output r = Run.terms("clauses", "-f", "no-such.yaml");
        assertEquals(66, r.status());
        assertEquals("no-such.yaml: no such file\n", r.err());
    }

    @Test
    void aDirectoryIsNotATermsFile() {
        Run.Output r = Run.terms("ask", "who", "-f", "src/main/java/dev/terms/model/Clause.java/..");
        assertEquals(66, r.status());
    }

    @Test
    void utf16IsRefusedWithALocatedMessage() {
        Exception e = refuse("version: 1".getBytes(StandardCharsets.UTF_16));
        assertEquals("f.yaml:1:1: the file is UTF-16; terms files must be UTF-8", e.getMessage());
    }

    @Test
    void invalidUtf8IsLocated() {
        Exception e = refuse("version: 1\nagreement: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("f.yaml:2:15: invalid UTF-8 (byte 0xE9 at offset 25); terms files must be UTF-8", e.getMessage());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedBeforeParsing() {
        String line = "x".repeat(Limits.DEFAULT.maxLineChars() + 1);
        Exception e = refuse(("version: 1\ntitle: " + line + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("f.yaml:2:65537: line is 65544 characters long; the limit is 65536", e.getMessage());
        // at the limit the line is read, and the file fails for what it says, not its length
        String ok = "y".repeat(Limits.DEFAULT.maxLineChars() - "note: ".length());
        Exception e2 = refuse(("version: 1\nnote: " + ok + "\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(e2.getMessage().contains("limit"), e2.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithALocation() {
        String deep = "version: 1\nx: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        Exception e = refuse(deep.getBytes(StandardCharsets.UTF_8));
        assertEquals("f.yaml:2:35: nesting is deeper than 32 levels", e.getMessage());
    }

    @Test
    void lineSeparatorsInCommentsDoNotShiftLineNumbers() {
        // YAML 1.1 parsers count U+2028 and U+2029 as line breaks; editors, and these locations, do not
        // (SnakeYAML ends the comment there, so the file is refused: at the line an editor shows)
        String text = "version: 1\nagreement: {id: a, title: A}\nnote: x # a\u2028b\u2029c\nparties: {p: {name: P}}\n"
                + "clauses:\n  - {id: c1, title: T, kind: payment, modality: obligation, party: q}\n";
        Exception e = refuse(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("f.yaml:3:"), e.getMessage());
        // in a quoted string they are text, and the next lines keep their numbers
        String quoted = "version: 1\nagreement: {id: a, title: \"A\u2028B\u2029C\"}\nparties: {p: {name: P}}\n"
                + "clauses:\n  - {id: c1, title: T, kind: payment, modality: obligation, party: q}\n";
        assertEquals("f.yaml:5:68: clause 'c1': party 'q' is not a party; did you mean 'p'?",
                refuse(quoted.getBytes(StandardCharsets.UTF_8)).getMessage());
    }

    @Test
    void aFileWithCarriageReturnsOnlyHasLinesToo() throws LoadException {
        StringBuilder b = new StringBuilder("version: 1\ragreement: {id: a, title: A}\rparties: {p: {name: P}}\rclauses:\r");
        for (int i = 0; b.length() < 2 * Limits.DEFAULT.maxLineChars(); i++) {
            b.append("  - {id: c").append(i).append(", title: T, kind: payment, modality: obligation, party: p}\r");
        }
        assertTrue(new TermsLoader().parse(b.toString().getBytes(StandardCharsets.UTF_8), "f.yaml").clauses().size() > 1000);
        Exception e = refuse((b + "  - {id: x, title: T, kind: payment, modality: obligation, party: q}\r")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().matches("f\\.yaml:\\d+:67: clause 'x': party 'q' is not a party; did you mean 'p'\\?"),
                e.getMessage());
    }

    @Test
    void anUnreadableFileSaysWhy() {
        assertEquals("permission denied", dev.terms.load.LoadReasons.reason(new java.nio.file.AccessDeniedException("x.yaml")));
    }

    private static Exception refuse(byte[] bytes) {
        try {
            new TermsLoader().parse(bytes, "f.yaml");
        } catch (LoadException e) {
            return e;
        }
        throw new AssertionError("loaded");
    }

    /**
     * Each form of format 1.1 loads to its value (OnePointOneForms), and the same file saying version 1
     * is refused with a located message that the form needs version 1.1.
     */
    @TestFactory
    Stream<DynamicTest> eachFormatOnePointOneFormLoadsToItsValueAndIsRefusedInAVersionOneFile() {
        return OnePointOneForms.ALL.stream().map(form -> DynamicTest.dynamicTest(form.name(), () -> {
            Agreement a = new TermsLoader().parse(form.file("1.1").getBytes(StandardCharsets.UTF_8), "forms.yaml");
            assertEquals(form.value(), form.read().apply(a));
            LoadException e = org.junit.jupiter.api.Assertions.assertThrows(LoadException.class,
                    () -> new TermsLoader().parse(form.file("1").getBytes(StandardCharsets.UTF_8), "forms.yaml"));
            assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("version") && d.location().line() > 5
                    && d.message().contains("write version: 1.1 at the top")), e.diagnostics().toString());
            assertTrue(e.diagnostics().stream().allMatch(d -> d.code().equals("version")), e.diagnostics().toString());
        }));
    }
}
