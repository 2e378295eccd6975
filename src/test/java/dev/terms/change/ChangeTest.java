package dev.terms.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Timelines and diffs: golden files for their text and JSON, and the boundary days. */
class ChangeTest {

    private static final String V1 = "src/test/resources/versions/distribution-v1.yaml";
    private static final String V2 = "src/test/resources/versions/distribution-v2.yaml";
    private static final String SUPPLY = "src/test/resources/time/supply.yaml";
    private static final String RENEWAL = "src/test/resources/time/renewal.yaml";
    /** Two versions of a 1.1 agreement: values changed, and values written differently but the same. */
    private static final String HOSTING_V1 = "src/test/resources/diff/hosting-v1.yaml";
    private static final String HOSTING_V2 = "src/test/resources/diff/hosting-v2.yaml";

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("timeline.txt", 0, new String[] {"timeline"}),
                Arguments.of("timeline.json", 0, new String[] {"timeline", "-o", "json"}),
                Arguments.of("timeline-supply.txt", 0, new String[] {"timeline", "-f", SUPPLY, "--as-of", "2027-12-31"}),
                Arguments.of("timeline-renewal.txt", 0, new String[] {"timeline", "-f", RENEWAL, "--as-of", "2026-06-01"}),
                Arguments.of("timeline-renewal.json", 0, new String[] {"timeline", "-f", RENEWAL, "--as-of", "2026-06-01",
                        "-o", "json"}),
                Arguments.of("diff-dates.txt", 1, new String[] {"diff", "--from", "2024-12-31", "--to", "2025-02-01"}),
                Arguments.of("diff-dates.json", 1, new String[] {"diff", "--from", "2024-12-31", "--to", "2025-02-01", "--json"}),
                Arguments.of("diff-files.txt", 1, new String[] {"diff", V1, V2, "--as-of", "2025-06-01"}),
                Arguments.of("diff-files.json", 1, new String[] {"diff", V1, V2, "--as-of", "2025-06-01", "-o", "json"}),
                Arguments.of("diff-files.md", 1, new String[] {"diff", V1, V2, "--as-of", "2025-06-01", "-o", "markdown"}),
                Arguments.of("diff-questions.txt", 1, new String[] {"diff", V1, V2, "--as-of", "2025-06-01",
                        "--questions", "src/test/resources/versions/questions.txt"}),
                Arguments.of("diff-values.txt", 1, new String[] {"diff", HOSTING_V1, HOSTING_V2, "--as-of", "2025-01-01"}),
                Arguments.of("diff-values.json", 1, new String[] {"diff", HOSTING_V1, HOSTING_V2, "--as-of", "2025-01-01",
                        "-o", "json"}),
                Arguments.of("diff-dates-supply.txt", 1, new String[] {"diff", "-f", SUPPLY, "--from", "2026-12-31",
                        "--to", "2027-01-01"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void matchesItsGoldenFile(String golden, int status, String[] args) throws IOException {
        Run.Output r = Run.terms(args);
        assertEquals(Files.readString(Run.RESOURCES.resolve("golden").resolve(golden)), r.out());
        assertEquals("", r.err());
        assertEquals(status, r.status());
    }

    @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
    @CsvSource({
            // a supersession: the day before, of and after
            "old-exclusivity, 2025-01-19, 2025-01-20, -",
            "old-exclusivity, 2025-01-20, 2025-01-21, superseded",
            "old-exclusivity, 2025-01-21, 2025-01-22, -",
            // an until date is the last day in force
            "dated, 2024-09-29, 2024-09-30, -",
            "dated, 2024-09-30, 2024-10-01, ends",
            // an event ends a clause on its day
            "until-breach, 2025-03-09, 2025-03-10, ends",
            "until-breach, 2025-03-10, 2025-03-11, -",
            // an event starts a clause on its day
            "on-launch, 2024-06-14, 2024-06-15, starts",
            // the end of the agreement ends what does not survive
            "base, 2026-12-31, 2027-01-01, ends",
            "survivor, 2026-12-31, 2027-01-01, -",
    })
    void boundaryDays(String clause, String from, String to, String change) {
        Run.Output r = Run.terms("diff", "-f", SUPPLY, "--from", from, "--to", to, "-o", "ndjson");
        boolean listed = r.out().contains("\"clause\":\"" + clause + "\"");
        if (change.equals("-")) {
            assertTrue(!listed, r.out());
        } else {
            assertTrue(r.out().contains("{\"kind\":\"" + change + "\",\"clause\":\"" + clause + "\""), r.out());
        }
    }

    @Test
    void noDifferenceExits0() {
        Run.Output r = Run.terms("diff", V1, V1);
        assertEquals(0, r.status());
        assertEquals("Changes from " + V1 + " to " + V1 + "\n  no changes\n", r.out());
    }

    @Test
    void badDiffUsageExits2() {
        assertEquals(2, Run.terms("diff").status());
        assertEquals(2, Run.terms("diff", "--from", "2025-02-01", "--to", "2024-01-01").status());
        assertEquals(2, Run.terms("diff", V1, V2, "--from", "2025-01-01").status());
    }

    @Test
    void timelineFilters() {
        Run.Output r = Run.terms("timeline", "--kind", "exclusivity", "--from", "2020-01-01");
        assertEquals("2025-01-21  superseded  cloud-exclusivity by rofr-new-capacity · "
                + "Microsoft as OpenAI's exclusive cloud provider\n", r.out());
        assertEquals(2, Run.terms("timeline", "--party", "nobody").status(), "a party the files do not have: usage error");
    }

    /**
     * "ends" is the last day in force whatever ends the clause (issue 16): an until date, an event (the day
     * before it), a length of time run out; an end counted from an event not yet dated says so, and is
     * dated once the event is. A notice given in time stops the renewal that was due.
     */
    @Test
    void anEndIsTheLastDayInForceAndARelativeOneIsDatedOnceItsEventIs(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        assertEquals("""
                2024-09-30  ends        dated · Launch discount
                2025-03-09  ends        until-breach · Price cap (until breach on 2025-03-10)
                """, Run.terms("timeline", "-f", SUPPLY, "--as-of", "2026-01-01", "--from", "2024-09-01", "--to", "2025-06-01")
                .out().lines().filter(l -> l.contains(" ends ")).map(l -> l + "\n").reduce("", String::concat));
        String renewal = Files.readString(Run.ROOT.resolve(RENEWAL));
        Path dated = dir.resolve("dated.yaml");
        Files.writeString(dated, renewal.replace("  termination: {name: ", "  termination: {date: 2026-05-10, name: ")
                .replace("  non-renewal-notice: {name: ", "  non-renewal-notice: {date: 2025-10-01, name: "));
        assertEquals("""
                2024-02-01  starts      confidentiality · Confidentiality for 3 years after termination
                2024-02-01  starts      tail · Tail period of 6 months after the end
                2024-02-01  starts      report · Report within 10 business days after a request
                2024-03-15  event       acceptance · acceptance
                2024-03-15  starts      warranty · Warranty for 18 months after acceptance
                2024-09-15  starts      support · Support from 6 months after acceptance
                2025-09-14  ends        warranty · Warranty for 18 months after acceptance
                2025-10-01  event       non-renewal-notice · notice of non-renewal
                2026-01-31  ends        support · Support from 6 months after acceptance
                2026-01-31  ends        report · Report within 10 business days after a request
                2026-05-10  event       termination · termination
                2026-07-31  ends        tail · Tail period of 6 months after the end
                2029-05-09  ends        confidentiality · Confidentiality for 3 years after termination
                """, Run.terms("timeline", "-f", dated.toString(), "--as-of", "2026-06-01").out());
        // a diff between two dates dates an end as the timeline does
        assertEquals("Changes between 2025-03-01 and 2025-03-31\n  ends        until-breach on 2025-03-09 · Price cap\n"
                + "Parties:\n  acme:\n    is freed of: until-breach\n",
                Run.terms("diff", "-f", SUPPLY, "--from", "2025-03-01", "--to", "2025-03-31").out());
        Run.Output json = Run.terms("timeline", "-f", RENEWAL, "--as-of", "2026-06-01", "-o", "ndjson", "--kind", "confidentiality");
        assertEquals("{\"date\":\"2024-02-01\",\"kind\":\"starts\",\"clause\":\"confidentiality\",\"by\":null,"
                + "\"agreement\":\"renewal-demo\",\"title\":\"Confidentiality for 3 years after termination\"}\n"
                + "{\"date\":null,\"kind\":\"ends\",\"clause\":\"confidentiality\",\"by\":null,\"agreement\":\"renewal-demo\","
                + "\"title\":\"Confidentiality for 3 years after termination\",\"until\":\"3 years after termination\"}\n",
                json.out());
        // a range of dates leaves out what has no date yet; a renewal passes a party filter, not a kind filter
        assertEquals("2026-02-01  renews      renewal-demo · Renewal demo: a new term to 2027-01-31 (unless notice of non-renewal"
                + " by 2025-11-03)\n", Run.terms("timeline", "-f", RENEWAL, "--as-of", "2026-06-01", "--party", "b",
                "--from", "2026-01-01", "--to", "2026-12-31").out());
    }

    @Test
    void aDirectoryLoadsEveryTermsFileInIt() {
        assertEquals(0, Run.terms("-f", "src/test/resources/agreements", "who", "must", "pay", "the", "fees").status());
        Run.Output twice = Run.terms("-f", "src/test/resources/versions", "clauses");
        assertEquals(65, twice.status());
        assertTrue(twice.err().contains("agreement id 'acme-globex' is also the id of "), twice.err());
    }

    @Test
    void questionsAcrossAgreements() {
        String[] files = {"-f", "terms.yaml", "-f", SUPPLY, "-f", "src/test/resources/agreements/aws-customer-agreement.yaml"};
        Run.Output r = Run.terms(Stream.concat(Stream.of(files), Stream.of("ask", "-o", "json",
                "which agreements give anyone a right of first refusal?")).toArray(String[]::new));
        assertTrue(r.out().contains("\"value\": \"microsoft-openai\""), r.out());
        assertTrue(r.out().contains("\"value\": \"supply\""), r.out());
        Run.Output narrowed = Run.terms(Stream.concat(Stream.of(files), Stream.of("--agreement", "supply", "who",
                "holds", "a", "right", "of", "first", "refusal")).toArray(String[]::new));
        assertTrue(narrowed.out().startsWith("Globex: Right of first refusal (right)."), narrowed.out());
        Run.Output typo = Run.terms(Stream.concat(Stream.of(files), Stream.of("--agreement", "suply", "clauses"))
                .toArray(String[]::new));
        assertEquals("terms: no agreement 'suply' is loaded; did you mean 'supply'?\n", typo.err());
    }
}
