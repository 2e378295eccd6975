package dev.terms.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.Json;
import dev.terms.check.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** check, its rules (one fixture each), its formats, coverage and init. */
class CheckTest {

    private static final Pattern CODE = Pattern.compile(": (error|warning)\\[([a-z-]+)\\]: ");

    /** Where each rule's fixture is: rules/CODE.yaml, or for the two the loader refuses, bad/CODE.yaml. */
    private static String fixture(Rule rule) {
        String fixture = "src/test/resources/rules/" + rule.code() + ".yaml";
        return Files.exists(Run.ROOT.resolve(fixture)) ? fixture : "src/test/resources/bad/" + rule.code() + ".yaml";
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void eachRuleFindsItsFixtureAndOnlyThat(Rule rule) {
        Run.Output r = Run.terms("check", "-f", fixture(rule));
        Set<String> codes = CODE.matcher(r.out()).results().map(m -> m.group(2)).collect(Collectors.toSet());
        assertEquals(Set.of(rule.code()), codes, r.out());
        assertEquals(rule.severity().word().equals("error") ? 65 : 0, r.status());
        assertTrue(Run.terms("check", "--explain", rule.code()).out().startsWith(rule.code() + " ("));
    }

    @Test
    void aCleanFilePassesAndStrictFailsOnWarnings() {
        Run.Output clean = Run.terms("check", "-f", "src/test/resources/rules/clean.yaml", "--strict");
        assertEquals(0, clean.status());
        assertEquals("ok: 1 file, no problems\n", clean.out());
        assertEquals(0, Run.terms("check", "-f", "src/test/resources/rules/missing-text.yaml").status());
        assertEquals(65, Run.terms("check", "-f", "src/test/resources/rules/missing-text.yaml", "--strict").status());
    }

    @Test
    void theBundledFileChecksCleanEvenStrictly() {
        Run.Output r = Run.terms("check", "--strict");
        assertEquals("ok: 1 file, no problems\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void loadErrorsCarryCodesAndAreSortedAcrossFiles() {
        Run.Output r = Run.terms("check", "-f", "src/test/resources/bad/wrong-type.yaml", "-f",
                "src/test/resources/bad/bad-enum.yaml", "-f", "src/test/resources/rules/unused-event.yaml");
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of(
                "src/test/resources/bad/bad-enum.yaml:10:15: error[enum]: clause 'c1': modality 'must' is not one of right, obligation, prohibition, permission, statement",
                "src/test/resources/bad/bad-enum.yaml:12:15: error[enum]: clause 'c1': evidence 'rumour' is not one of contract, filing, official-statement, press-report"),
                lines.subList(0, 2));
        assertEquals(8, lines.size());
        assertTrue(lines.get(7).startsWith("src/test/resources/rules/unused-event.yaml:10:3: warning[unused-event]"));
        assertEquals(65, r.status());
    }

    /**
     * Issue 16, item 2: every problem of a broken file in one pass, sorted by location. The
     * broken structure of one clause (amonut) hides neither another clause's reference (globex)
     * nor its dates, nor the lint of the clauses that decoded; a party whose own fields are
     * broken is still a party (hooli is not reported as unknown). What is unused is not said of
     * a file with structural errors: the clauses it could not read may use it. A file whose
     * references go round (a supersession cycle here) is not linted at all: lint walks the
     * timeline, which such a file does not have.
     */
    @Test
    void everyProblemOfABrokenFileIsReportedInOnePass() {
        Run.Output two = Run.terms("check", "-f", "src/test/resources/check/two-errors.yaml");
        assertEquals("""
                src/test/resources/check/two-errors.yaml:13:5: error[unknown-key]: unknown key 'amonut' in a clause; did you mean 'amount'?
                src/test/resources/check/two-errors.yaml:15:5: warning[unknown-kind]: clause 'supply': kind 'supply' is not in the known vocabulary
                src/test/resources/check/two-errors.yaml:19:12: error[reference]: clause 'supply': party 'globex' is not a party
                """, two.out());
        assertEquals(65, two.status());
        Run.Output every = Run.terms("check", "-f", "src/test/resources/check/every-problem.yaml");
        assertEquals("""
                src/test/resources/check/every-problem.yaml:6:17: error[type]: party 'hooli': name must be a string, got a list
                src/test/resources/check/every-problem.yaml:14:5: error[unknown-key]: unknown key 'amonut' in a clause; did you mean 'amount'?
                src/test/resources/check/every-problem.yaml:20:12: error[reference]: clause 'supply': party 'globex' is not a party
                src/test/resources/check/every-problem.yaml:23:12: error[until-before-effective]: clause 'supply': until 2025-05-31 is before its effective date 2025-06-01
                src/test/resources/check/every-problem.yaml:25:5: error[supersession-cycle]: supersession cycle: renew → renew-again → renew
                """, every.out());
        assertEquals(65, every.status());
        // every other command refuses the file with its errors, all of them, in the same pass
        Run.Output clauses = Run.terms("clauses", "-f", "src/test/resources/check/two-errors.yaml");
        assertEquals("""
                src/test/resources/check/two-errors.yaml:13:5: unknown key 'amonut' in a clause; did you mean 'amount'?
                src/test/resources/check/two-errors.yaml:19:12: clause 'supply': party 'globex' is not a party
                """, clauses.err());
        assertEquals(65, clauses.status());
    }

    @Test
    void twoFilesOfOneAgreementFailCheckAsTheyFailEveryOtherCommand() {
        Run.Output r = Run.terms("check", "-f", "src/test/resources/versions/distribution-v1.yaml",
                "-f", "src/test/resources/versions/distribution-v2.yaml");
        assertEquals(65, r.status());
        assertTrue(r.out().contains("distribution-v2.yaml:2:1: error[duplicate-agreement]: agreement id 'acme-globex' "
                + "is also the id of src/test/resources/versions/distribution-v1.yaml"), r.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonIsOkAndProblems() throws IOException {
        Run.Output r = Run.terms("check", "-f", "src/test/resources/rules/unused-party.yaml", "-o", "json");
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        assertEquals(true, json.get("ok"));
        Map<String, Object> problem = ((List<Map<String, Object>>) json.get("problems")).get(0);
        assertEquals(List.of("location", "severity", "code", "message", "file", "line", "column"),
                List.copyOf(problem.keySet()));
        assertEquals("unused-party", problem.get("code"));
        assertEquals(6L, ((Map<String, Object>) problem.get("location")).get("line"));
        assertEquals(6L, problem.get("line"), "the 0.1 name, an alias through 0.2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifLocatesEachResult() throws IOException {
        Run.Output r = Run.terms("check", "-f", "src/test/resources/bad/unknown-reference.yaml", "-o", "sarif");
        Map<String, Object> log = (Map<String, Object>) Json.parse(r.out());
        assertEquals("2.1.0", log.get("version"));
        Map<String, Object> run = ((List<Map<String, Object>>) log.get("runs")).get(0);
        List<Map<String, Object>> results = (List<Map<String, Object>>) run.get("results");
        assertEquals(7, results.size(), "4 load errors and 3 lint warnings, in one pass");
        assertEquals("unused-party", results.get(0).get("ruleId")); // acme: the clause names acmee
        Map<String, Object> first = results.stream().filter(x -> x.get("ruleId").equals("reference")).findFirst()
                .orElseThrow();
        assertEquals("error", first.get("level"));
        Map<String, Object> physical = (Map<String, Object>) ((List<Map<String, Object>>) first.get("locations")).get(0)
                .get("physicalLocation");
        assertEquals(Map.of("uri", "src/test/resources/bad/unknown-reference.yaml"), physical.get("artifactLocation"));
        assertEquals(Map.of("startLine", 11L, "startColumn", 12L), physical.get("region"));
        assertEquals(65, r.status());
        assertEquals(2, Run.terms("clauses", "-o", "sarif").status(), "sarif is for check only");
    }

    @Test
    void explainingAnUnknownRuleSuggestsOne() {
        Run.Output r = Run.terms("check", "--explain", "unused-partie");
        assertEquals(2, r.status());
        assertEquals("terms: no rule 'unused-partie'; did you mean 'unused-party'?\n", r.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void coverageListsAll41CuadCategories() throws IOException {
        Run.Output r = Run.terms("coverage", "-o", "json");
        List<Map<String, Object>> items = (List<Map<String, Object>>) Json.parse(r.out());
        assertEquals(41, items.size());
        Map<String, Object> rofr = items.stream().filter(m -> m.get("category").equals("ROFR/ROFO/ROFN")).findFirst().orElseThrow();
        assertEquals(List.of("rofr-new-capacity"), rofr.get("clauses"));
        assertEquals(List.of("right-of-first-refusal", "right-of-first-offer", "right-of-first-negotiation"), rofr.get("kinds"));
        Map<String, Object> nonCompete = items.stream().filter(m -> m.get("category").equals("Non-Compete")).findFirst().orElseThrow();
        assertEquals(false, nonCompete.get("covered"));
        assertTrue(Run.terms("coverage").out().contains("categories covered"));
    }

    @Test
    void initWritesAStarterThatChecksCleanAndNeverOverwrites(@TempDir Path dir) throws IOException {
        Run.Output r = Run.in(dir).run("init");
        assertEquals(0, r.status());
        Path file = dir.resolve("terms.yaml");
        assertTrue(Files.readString(file).startsWith("# yaml-language-server: $schema="));
        Run.Output check = Run.in(dir).run("check", "--strict");
        assertEquals("ok: 1 file, no problems\n", check.out());
        for (String modality : List.of("right", "obligation", "prohibition", "permission", "statement")) {
            assertEquals(0, Run.in(dir).run("clauses", "--modality", modality).status(), modality);
        }
        Files.writeString(file, "mine\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        Run.Output again = Run.in(dir).run("init");
        assertEquals(73, again.status());
        assertEquals("terms: terms.yaml exists; not overwriting it\n", again.err());
        assertEquals("mine\n", Files.readString(file));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(file));
    }

    @Test
    void schemaPrintsTheCommittedFile() throws IOException {
        assertEquals(Files.readString(Run.ROOT.resolve("terms.schema.json")), Run.terms("schema").out());
        assertTrue(Files.readString(Run.ROOT.resolve("terms.yaml")).startsWith("# yaml-language-server: $schema=./terms.schema.json\n"));
    }
}
