package dev.terms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the real command tree: what a user at a terminal or a script sees. */
class CliTest {

    @Test
    void todayIsTheLocalDateJavaTimeGives() {
        java.time.LocalDate before = java.time.LocalDate.now();
        java.time.LocalDate today = dev.terms.app.Io.systemToday();
        java.time.LocalDate after = java.time.LocalDate.now();
        assertTrue(today.equals(before) || today.equals(after), today + " is not " + before);
    }

    @Test
    void asksAndCitesTheClauseInText() {
        Run.Output r = Run.terms("ask", "Who holds the right of first refusal?");
        assertEquals(0, r.status());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Microsoft holds the right to have the first option on new capacity offered by OpenAI.", lines.get(0));
        assertEquals("  rofr-new-capacity · Right of first refusal on new capacity · in force since 2025-01-21", lines.get(1));
        assertTrue(lines.get(2).startsWith("  \"Microsoft will not have exclusivity as OpenAI's cloud provider"));
        assertEquals("  terms.yaml:104:5 · sources/microsoft-openai-updated-relationship.txt:4:26 · article ¶3–4 · press-report",
                lines.get(3));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonAnswerHasTheSpecsFields() throws IOException {
        Run.Output r = Run.terms("ask", "-o", "json", "who has the ROFR");
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        assertEquals(List.of("question", "type", "asOf", "answers", "clauses", "frame"), List.copyOf(json.keySet()));
        assertEquals("2026-11-26", json.get("asOf"));
        Map<String, Object> answer = ((List<Map<String, Object>>) json.get("answers")).get(0);
        assertEquals(List.of("value", "label", "clause", "agreement", "status", "sentence", "slots", "unmatched"),
                List.copyOf(answer.keySet()));
        assertEquals("microsoft", answer.get("value"));
        assertEquals("in-force", answer.get("status"));
        Map<String, Object> clause = ((List<Map<String, Object>>) json.get("clauses")).get(0);
        assertEquals(Map.of("file", "terms.yaml", "line", 104L, "column", 5L), clause.get("location"));
        assertEquals(Map.of("file", "sources/microsoft-openai-updated-relationship.txt", "line", 4L, "column", 26L),
                clause.get("sourceLocation"));
        assertEquals("press-report", clause.get("evidence"));
        assertEquals(List.of("cloud-exclusivity"), clause.get("supersedes"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void noAnswerExits1WithSuggestions() throws IOException {
        Run.Output r = Run.terms("ask", "--json", "Who holds a non-compete?");
        assertEquals(1, r.status());
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        assertEquals(List.of(), json.get("answers"));
        assertTrue(json.containsKey("suggestions"));
    }

    @Test
    void aYesNoAnswerNamesWhatReplacedTheClause() {
        Run.Output r = Run.terms("ask", "Is Microsoft still OpenAI's exclusive cloud provider?");
        assertEquals("No longer: since 2025-01-21, replaced by rofr-new-capacity (Right of first refusal on new capacity).",
                r.out().lines().findFirst().orElseThrow());
        Run.Output past = Run.terms("--as-of", "2024-06-01", "ask", "Is Microsoft OpenAI's exclusive cloud provider?");
        assertTrue(past.out().startsWith("Yes: "), past.out());
    }

    @Test
    void questionWordsAreCommands() {
        assertEquals(Run.terms("ask", "-o", "json", "where must the api run").out().replace("\"where must the api run\"", "Q"),
                Run.terms("where", "must", "the", "api", "run", "-o", "json").out().replace("\"where must the api run\"", "Q"));
        assertTrue(Run.terms("when", "did", "cloud", "exclusivity", "end").out().contains("2025-01-21"));
    }

    @Test
    void batchWritesOneJsonLinePerQuestion() {
        Run.Output r = Run.in(Run.ROOT).stdin("who has the rofr\n\nwho holds a non-compete\nwhere is the api hosted\n")
                .run("ask", "--batch", "-o", "ndjson");
        assertEquals(3, r.out().lines().count());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("{\"question\":")));
        assertEquals(1, r.status(), "one question had no answer");
    }

    @Test
    void batchSkipsBlankLinesAndCommentsAndGivesEachAnswerItsLine() {
        Run.Output r = Run.in(Run.ROOT).stdin("# questions for the partnership\nwho has the rofr\n\n  # not a question\n"
                + "where is the api hosted\n").run("ask", "--batch", "-o", "ndjson", "--fields", "question,line,type");
        assertEquals("{\"question\":\"who has the rofr\",\"line\":2,\"type\":\"who\"}\n"
                + "{\"question\":\"where is the api hosted\",\"line\":5,\"type\":\"where\"}\n", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.status());
    }

    @Test
    void explainShowsTheQueryAndTheCandidates() {
        Run.Output r = Run.terms("ask", "--explain", "who has the rofr");
        assertTrue(r.out().contains("explain:\n  type: who\n"), r.out());
        assertTrue(r.out().contains("✓ rofr-new-capacity"), r.out());
    }

    @Test
    void clausesFilterAndListAsTableOrPipe() {
        Run.Output piped = Run.terms("clauses", "--party", "openai", "--modality", "obligation", "-o", "table");
        assertEquals("azure-commitment\tin-force\tminimum-commitment\tobligation\topenai\t"
                + "OpenAI's commitment to Azure for all products and model training\n"
                + "api-exclusive-to-azure\tin-force\texclusivity\tobligation\topenai\tThe OpenAI API runs exclusively on Azure\n"
                + "revenue-share\tin-force\trevenue-share\tobligation\tmicrosoft,openai\tRevenue sharing between Microsoft and OpenAI\n",
                piped.out());
        Run.Output terminal = Run.in(Run.ROOT).terminal().env("NO_COLOR", "1").run("clauses", "--kind", "exclusivity", "-o", "table");
        assertEquals("ID                      STATUS    KIND         MODALITY    PARTY   TITLE\n"
                + "api-exclusive-to-azure  in-force  exclusivity  obligation  openai  The OpenAI API runs exclusively on Azure\n",
                terminal.out());
        Run.Output all = Run.terms("clauses", "--status", "superseded");
        assertEquals("cloud-exclusivity · superseded · Microsoft as OpenAI's exclusive cloud provider\n", all.out());
        assertEquals(2, Run.terms("clauses", "--tag", "nothing").status(), "a tag no clause has: a usage error, with the tags");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertTrue(Run.in(Run.ROOT).terminal().run("clauses").out().contains("\u001b["));
        assertFalse(Run.in(Run.ROOT).terminal().env("NO_COLOR", "1").run("clauses").out().contains("\u001b["));
        assertFalse(Run.terms("clauses").out().contains("\u001b["));
        assertFalse(Run.in(Run.ROOT).terminal().run("clauses", "--no-color").out().contains("\u001b["));
    }

    @Test
    void showPrintsAClauseInFullAndSuggestsOnATypo() {
        Run.Output r = Run.terms("show", "cloud-exclusivity");
        assertTrue(r.out().contains("  status        superseded on 2025-01-21 by rofr-new-capacity\n"), r.out());
        assertTrue(r.out().contains("  in force      from 2019-07-22 to 2025-01-20\n"), r.out());
        Run.Output typo = Run.terms("show", "rofr-new-capacty");
        assertEquals(1, typo.status());
        assertEquals("terms: no clause 'rofr-new-capacty'; did you mean 'rofr-new-capacity'?\n", typo.err());
    }

    @Test
    void partiesShowWhatEachHoldsAndOwesIncludingDutiesFromOthersRights() {
        String out = Run.terms("parties").out();
        String openai = out.substring(out.indexOf("OpenAI (openai)"));
        assertTrue(openai.contains("  owes:\n"), out);
        assertTrue(openai.contains("rofr-new-capacity · Right of first refusal on new capacity (must respect it)"), out);
    }

    @Test
    void searchRanksTitlesFirst() {
        Run.Output r = Run.terms("search", "revenue");
        assertEquals("revenue-share · in-force · Revenue sharing between Microsoft and OpenAI", r.out().lines().findFirst().orElseThrow());
        assertEquals(1, Run.terms("search", "zebra").status());
    }

    @Test
    void badUsageExits2WithASuggestion() {
        Run.Output r = Run.terms("clauss");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Did you mean: terms clauses?") || r.err().contains("Did you mean: clauses?"), r.err());
        assertEquals(2, Run.terms("-o", "xml", "clauses").status());
        Run.Output date = Run.terms("--as-of", "2025-1-5", "clauses");
        assertEquals(2, date.status());
        assertEquals("terms: bad --as-of '2025-1-5': expected a date YYYY-MM-DD or 'today'\n", date.err());
        assertEquals(2, Run.terms("clauses", "--modality", "must").status());
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheCommand() {
        assertEquals(Run.terms("--as-of", "2024-06-01", "clauses", "-o", "json").out(),
                Run.terms("clauses", "--as-of", "2024-06-01", "--format", "json").out());
    }

    @Test
    void theFileIsFoundInTheNearestParentOrFromTermsFile(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Files.copy(Run.ROOT.resolve("terms.yaml"), dir.resolve("terms.yaml"));
        assertEquals(0, Run.in(nested).run("who", "has", "the", "rofr").status());
        Path empty = Files.createDirectories(dir.resolve("../elsewhere-" + dir.getFileName()));
        Run.Output none = Run.in(empty).run("clauses");
        assertEquals(66, none.status());
        assertTrue(none.err().startsWith("terms: no terms file: give -f FILE, set TERMS_FILE"), none.err());
        assertEquals(0, Run.in(empty).env("TERMS_FILE", Run.ROOT.resolve("terms.yaml").toString()).run("clauses").status());
    }

    @Test
    void severalFilesAreLoadedAndNamed() {
        Run.Output r = Run.terms("-f", "terms.yaml", "-f", "src/test/resources/agreements/aws-customer-agreement.yaml",
                "clauses", "--kind", "exclusivity");
        assertEquals("microsoft-openai/api-exclusive-to-azure · in-force · The OpenAI API runs exclusively on Azure\n", r.out());
    }

    @Test
    void anInvalidFileExits65WithEveryProblemLocated() {
        Run.Output r = Run.terms("ask", "-f", "src/test/resources/bad/unknown-reference.yaml", "who pays");
        assertEquals(65, r.status());
        assertEquals(4, r.err().lines().count());
        assertEquals("", r.out());
    }

    @Test
    void helpHasExamplesAndVersionReadsNoFile(@TempDir Path dir) {
        Run.Output help = Run.in(dir).run("ask", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Examples:"), help.out());
        assertEquals(0, Run.in(dir).run("--version").status());
        assertTrue(Run.in(dir).run("--help").out().contains("Exit status:"));
    }

    @Test
    void yamlAndNdjsonCarryTheSameData() {
        String yaml = Run.terms("show", "board-seat", "-o", "yaml").out();
        assertTrue(yaml.contains("effective: '2023-11-29'"), yaml);
        assertEquals(1, Run.terms("show", "board-seat", "-o", "ndjson").out().lines().count());
    }

    @Test
    void aWriteFailureIsAnErrorAndExit74ForEveryCommand(@TempDir Path dir) throws IOException {
        Files.copy(Run.ROOT.resolve("terms.yaml"), dir.resolve("terms.yaml"));
        Files.copy(Run.ROOT.resolve("terms.yaml"), dir.resolve("other.yaml"));
        String[][] suite = {
                {"ask", "Who holds the right of first refusal?"}, {"ask", "--batch"}, {"who", "has", "the", "rofr"},
                {"what", "must", "openai", "do"}, {"where", "is", "the", "api", "hosted"}, {"when", "did", "cloud", "exclusivity", "end"},
                {"clauses", "-o", "json"}, {"clauses", "--all", "-o", "yaml"}, {"clauses", "-o", "ndjson"}, {"clauses"},
                {"show", "rofr-new-capacity"}, {"parties", "-o", "json"}, {"search", "azure"}, {"timeline"},
                {"diff", "--from", "2024-01-01", "--to", "2025-06-01"}, {"graph"}, {"check"}, {"check", "-o", "sarif"},
                {"coverage"}, {"schema"}, {"load"}, {"--help"}, {"--version"}, {"clauses", "--jq", ".[].id"}};
        for (String[] args : suite) {
            Run.Output r = Run.in(dir).fullDisk().stdin("who has the rofr\nclauses\n").run(args);
            assertEquals(74, r.status(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("terms: cannot write to standard output"), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), String.join(" ", args) + ": " + r.err());
        }
    }

    /** A file whose every text field tries something on the terminal that shows it. */
    static final String HOSTILE = "version: 1\n"
            + "agreement: {id: a, title: \"A\\e]0;pwned\\a\"}\n"
            + "parties: {p: {name: \"P\\u202Eevil\", aliases: [\"\\e[2J\"]}}\n"
            + "definitions: {w: {name: \"W\\x9b31m\\u2066\"}}\n"
            + "clauses:\n"
            + "  - {id: c1, title: \"T\\e]0;title\\a\\e[2J\\0x\\e[8m\", kind: payment, modality: obligation, party: p,\n"
            + "     action: \"pay\\e]52;c;Zm9v\\a\", object: w, text: \"line\\u2028two\\r\\e[1A\", source: \"s\\x7f\"}\n";

    /** Nothing a terminal would act on: no control but tab and newline, no bidi control, and only Style's SGR. */
    static void assertSafe(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') continue;
            int next = i + 1;
            if (c == 0x1b && java.util.List.of("[0m", "[1m", "[2m", "[31m", "[32m", "[33m").stream()
                    .anyMatch(sgr -> text.startsWith(sgr, next))) continue;
            assertFalse(c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || c == 0x2028 || c == 0x2029, what + ": U+" + Integer.toHexString(c) + " at " + i + " in " + text);
        }
    }

    @Test
    void escapesInATermsFileNeverReachTheTerminalRaw(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("terms.yaml"), HOSTILE);
        String[][] suite = {{"clauses"}, {"clauses", "-o", "table"}, {"clauses", "-o", "markdown"}, {"show", "c1"},
                {"parties"}, {"parties", "-o", "table"}, {"timeline"}, {"search", "pay"}, {"ask", "what must p pay"},
                {"ask", "--explain", "what must p pay"}, {"graph"}, {"graph", "-o", "dot"}, {"coverage"}, {"check"},
                {"clauses", "-o", "json"}, {"clauses", "-o", "yaml"}, {"show", "c1", "-o", "ndjson"},
                {"clauses", "--jq", ".[].title"}, {"show", "nope"}, {"--agreement", "x", "clauses"}};
        for (String[] args : suite) {
            for (Run run : List.of(Run.in(dir), Run.in(dir).terminal(), Run.in(dir).terminal().env("TERM", "xterm"))) {
                Run.Output r = run.run(args);
                assertSafe(String.join(" ", args) + " (out)", r.out());
                assertSafe(String.join(" ", args) + " (err)", r.err());
            }
            Run.Output r = Run.in(dir).run(java.util.stream.Stream.concat(Stream.of("--color"), Stream.of(args))
                    .toArray(String[]::new));
            assertSafe("--color " + String.join(" ", args), r.out());
        }
        Run.Output shown = Run.in(dir).run("show", "c1");
        assertTrue(shown.out().contains("T\\u001b]0;title\\u0007\\u001b[2J\\u0000x\\u001b[8m"), shown.out());
    }

    @Test
    void aNewlineInAFileNameCannotForgeADiagnostic(@TempDir Path dir) throws IOException {
        String name = "x.yaml\nterms.yaml:1:1: error[forged]: all is well\ny.yaml";
        Files.writeString(dir.resolve(name), "version: 2\n");
        Run.Output r = Run.in(dir).run("check", "-f", name);
        assertEquals(65, r.status(), r.err());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("terms.yaml")), r.out());
        assertTrue(r.out().startsWith("x.yaml\\nterms.yaml:1:1: error[forged]: all is well\\ny.yaml:1:1: error["), r.out());
        Run.Output c = Run.in(dir).run("clauses", "-f", name);
        assertTrue(c.err().lines().noneMatch(l -> l.startsWith("terms.yaml")), c.err());
    }

    @Test
    void jqRangeValuesAtTheLimitAndOnePast() {
        Run.Output at = Run.terms("clauses", "--jq", "[range(200000)] | length");
        assertEquals(0, at.status(), at.err());
        assertEquals("200000\n", at.out());
        Run.Output past = Run.terms("clauses", "--jq", "[range(200001)] | length");
        assertEquals(2, past.status());
        assertEquals("terms: --jq: more than 200000 values from range; the limit is 200000\n", past.err());
        Run.Output bad = Run.terms("clauses", "--jq", ".[");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("terms: bad --jq expression: "), bad.err());
    }
}
