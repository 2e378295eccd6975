package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table of docs/deciding.md, row by row, on an agreement with one clause per row
 * (src/test/resources/agreements/decision-table.yaml), asked as of 2026-06-01.
 */
class DecisionTableTest {

    private static final String FILE = "src/test/resources/agreements/decision-table.yaml";

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Must Globex pay a licence fee?                                                    | yes                  | fills-every-slot
            Does Acme warrant that Widgets are fit for a particular purpose?                  | no                   | states-negative
            Can Globex resell Widgets?                                                        | no                   | prohibited
            Can Globex resell Widgets without Acme's consent?                                 | no                   | prohibited
            Can Globex resell Widgets to its affiliates?                                      | yes                  | prohibition-excepted
            Can Globex resell Widgets to its affiliates without Acme's consent?               | yes                  | prohibition-excepted
            Can Globex disclose Acme's price list to its auditors?                            | yes                  | prohibition-excepted
            Can Globex disclose Acme's price list to a competitor?                            | no                   | prohibited
            Can Globex sublicense the Acme software without Acme's written approval?          | no                   | condition-unmet
            Can Globex sublicense the Acme software with Acme's written approval?             | yes                  | fills-every-slot
            Can Globex host the Customer Data on Southcloud?                                  | no                   | place-elsewhere
            Can Globex distribute Widgets in the Territory?                                   | no                   | held-exclusively-by-other
            Must Globex pay a licence fee of USD 6,000 per month?                             | no                   | other-value
            Is the trademark licence exclusive?                                               | no                   | stated-non-exclusive
            Is the trademark licence non-exclusive?                                           | yes                  | stated-non-exclusive
            Does Globex hold a right of first refusal?                                        | no                   | held-by-other
            Can Globex use the Customer Data for purposes other than providing the services?  | no                   | only-for
            Does Globex receive a launch discount?                                            | no                   | no-longer
            Can Acme sell competing widgets?                                                  | no longer restricted | no-longer-restricted
            Must Globex publish sales reports?                                                | no                   | permitted-not-required
            Can Globex manufacture Widgets?                                                   | the file does not say | not-said
            Can Globex sell Widgets?                                                          | the file does not say | not-said
            """)
    void eachRowDecidesItsQuestion(String question, String answer, String row) throws IOException {
        Run.Output r = Run.terms("-f", FILE, "--as-of", "2026-06-01", "ask", "-o", "json", question);
        Map<String, Object> json = json(r.out());
        assertEquals(row, json.get("decision"), r.out());
        List<Map<String, Object>> answers = answers(json);
        if (answer.equals("the file does not say")) {
            assertEquals(1, r.status(), "no answer exits 1");
            assertEquals(List.of(), answers);
            return;
        }
        assertEquals(0, r.status());
        assertEquals(answer, answers.get(0).get("label"));
        assertEquals(!answer.equals("no"), answers.get(0).get("value"));
    }

    /** The rows format 1.1's values decide: a notice period is the least that will do; a value meets a comparison or not. */
    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Can Globex terminate the agreement on 10 days' notice?                            | no                   | notice-too-short
            Can Globex terminate the agreement on 60 days' notice?                            | yes                  | fills-every-slot
            Must Globex give 30 days' notice to terminate the agreement?                      | yes                  | fills-every-slot
            Must Globex give 60 days' notice to terminate the agreement?                      | no                   | other-value
            Must Globex give 10 days' notice to terminate the agreement?                      | no                   | notice-too-short
            Is the liability cap more than USD 2,000,000?                                     | no                   | compared
            Is the liability cap at least $500,000?                                           | yes                  | fills-every-slot
            Is the liability cap less than $1M?                                               | no                   | compared
            """)
    void eachValueRowDecidesItsQuestion(String question, String answer, String row) throws IOException {
        Run.Output r = Run.terms("-f", "src/test/resources/agreements/decision-table-1.1.yaml", "--as-of", "2026-06-01",
                "ask", "-o", "json", question);
        Map<String, Object> json = json(r.out());
        assertEquals(row, json.get("decision"), r.out());
        assertEquals(0, r.status());
        assertEquals(answer, answers(json).get(0).get("label"));
        assertEquals(answer.equals("yes"), answers(json).get(0).get("value"));
    }

    @Test
    void aClauseThatStatesTheNegativeIsNeverAYes() throws IOException {
        Run.Output r = Run.terms("-f", FILE, "ask", "-o", "json", "Is Acme's warranty of fitness given?");
        assertTrue(answers(json(r.out())).stream().noneMatch(a -> Boolean.TRUE.equals(a.get("value"))), r.out());
    }

    @Test
    void theDocsNameEveryRowInTheOrderTried() throws IOException {
        String docs = Files.readString(Run.ROOT.resolve("docs/deciding.md"));
        int at = -1;
        for (Decider.Row row : Decider.Row.values()) {
            int here = docs.indexOf("`" + row.word() + "`");
            assertTrue(here > at, row.word() + " is in docs/deciding.md after the row before it");
            at = here;
        }
    }

    @Test
    void everyRowIsTestedHere() throws IOException {
        String source = Files.readString(Run.ROOT.resolve("src/test/java/dev/terms/answer/DecisionTableTest.java"));
        Set<Decider.Row> untested = EnumSet.allOf(Decider.Row.class);
        untested.removeIf(row -> source.contains("| " + row.word() + "\n"));
        assertEquals(Set.of(), untested, "rows without a question: " + untested.stream().map(Decider.Row::word)
                .collect(Collectors.joining(", ")) + " of " + Arrays.toString(Decider.Row.values()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String out) throws IOException {
        return (Map<String, Object>) dev.terms.Json.parse(out);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> answers(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("answers");
    }
}
