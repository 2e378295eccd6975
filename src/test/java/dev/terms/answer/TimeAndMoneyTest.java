package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.Run;
import dev.terms.load.TermsLoader;
import dev.terms.model.Agreement;
import dev.terms.model.Duration;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Format 1.1's dates at their boundaries (docs/format.md, "Time and money"): a time after an
 * event, start or end; renewals and the notice that stops them; business days. Each row is the
 * status of a clause (or of the agreement) on a day, with the events dated as given.
 */
class TimeAndMoneyTest {

    /** The demo agreement with some of its events dated: "termination=2025-03-01;non-renewal-notice=2027-11-02". */
    private static Timeline timeline(String dated) throws Exception {
        String text = Files.readString(Run.RESOURCES.resolve("time/renewal.yaml"), StandardCharsets.UTF_8);
        for (String pair : dated.isEmpty() ? new String[0] : dated.split(";")) {
            String[] kv = pair.split("=");
            text = text.replace("  " + kv[0] + ": {name: ", "  " + kv[0] + ": {date: " + kv[1] + ", name: ");
        }
        Agreement a = new TermsLoader().parse(text.getBytes(StandardCharsets.UTF_8), "renewal.yaml");
        return new Timeline(a);
    }

    @ParameterizedTest(name = "{0} on {1} with [{2}]: {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            warranty        | 2024-03-14 |                                                | pending    | 2026-01-31
            warranty        | 2024-03-15 |                                                | in-force   | 2025-09-14
            warranty        | 2025-09-14 |                                                | in-force   | 2025-09-14
            warranty        | 2025-09-15 |                                                | expired    | 2025-09-14
            support         | 2024-09-14 |                                                | pending    | 2026-01-31
            support         | 2024-09-15 |                                                | in-force   | 2026-01-31
            confidentiality | 2030-01-01 |                                                | in-force   | -
            confidentiality | 2028-02-29 | termination=2025-03-01                         | in-force   | 2028-02-29
            confidentiality | 2028-03-01 | termination=2025-03-01                         | expired    | 2028-02-29
            tail            | 2026-01-31 |                                                | in-force   | 2026-07-31
            tail            | 2026-07-31 | non-renewal-notice=2025-11-03                  | in-force   | 2026-07-31
            tail            | 2026-08-01 | non-renewal-notice=2025-11-03                  | expired    | 2026-07-31
            tail            | 2026-08-01 | non-renewal-notice=2025-11-04                  | in-force   | 2027-07-31
            tail            | 2025-09-01 | termination=2025-03-01                         | expired    | 2025-08-31
            """)
    void clauses(String clause, LocalDate day, String dated, String state, LocalDate lastDay) throws Exception {
        Timeline t = timeline(dated == null ? "" : dated);
        Status s = t.status(t.agreement().clause(clause), day);
        assertEquals(state, s.state().word());
        assertEquals(lastDay, s.lastDay());
    }

    /** The first term's last day is 2026-01-31; notice must come 90 days before the term ends (by 2025-11-03: 90 days before 2026-02-01, when the term is over). */
    @ParameterizedTest(name = "on {0} with [{1}]: {2} to {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-01-31 |                                          | in-force | 2026-01-31
            2026-02-01 |                                          | in-force | 2027-01-31
            2031-06-01 |                                          | in-force | 2032-01-31
            2026-02-01 | non-renewal-notice=2025-11-03            | expired  | 2026-01-31
            2026-02-01 | non-renewal-notice=2025-11-04            | in-force | 2027-01-31
            2027-02-01 | non-renewal-notice=2025-11-04            | expired  | 2027-01-31
            2025-06-01 | termination=2025-06-01                   | expired  | 2025-05-31
            """)
    void renewals(LocalDate day, String dated, String state, LocalDate lastDay) throws Exception {
        Status s = timeline(dated == null ? "" : dated).agreementStatus(day);
        assertEquals(state, s.state().word());
        assertEquals(lastDay, s.lastDay());
    }

    @ParameterizedTest(name = "{1} after {0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-31 | 1 month           | 2025-02-28
            2024-01-31 | 1 month           | 2024-02-29
            2025-03-06 | 10 business days  | 2025-03-20
            2025-03-07 | 1 business day    | 2025-03-10
            2025-03-08 | 1 business day    | 2025-03-10
            2025-01-01 | P2Y               | 2027-01-01
            2025-01-01 | 2 quarters        | 2025-07-01
            2025-01-01 | 30 calendar days  | 2025-01-31
            """)
    void durations(LocalDate from, String duration, LocalDate to) {
        assertEquals(to, Duration.parse(duration).after(from));
    }

    /**
     * The rest of the relative forms at their boundaries: a clause that starts 90 days before the
     * agreement's end (it moves with each renewal: in a renewed term it is pending again until 90 days
     * before that term's end), one that ends 2 quarters after a date, and a deadline
     * within 10 business days after an event: no date until the event has one, then counted in working days.
     */
    @ParameterizedTest(name = "{0} on {1} with [{2}]: {3} from {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            wind-down | 2025-11-02 |                               | pending  | 2025-11-03
            wind-down | 2025-11-03 |                               | in-force | 2025-11-03
            wind-down | 2026-01-31 | non-renewal-notice=2025-10-01 | in-force | 2025-11-03
            wind-down | 2026-02-01 | non-renewal-notice=2025-10-01 | expired  | 2025-11-03
            wind-down | 2026-06-01 |                               | pending  | 2026-11-03
            wind-down | 2026-11-03 |                               | in-force | 2026-11-03
            """)
    void aStartBeforeTheEnd(String clause, LocalDate day, String dated, String state, LocalDate start) throws Exception {
        Timeline t = timeline(dated == null ? "" : dated, """
                  - id: wind-down
                    title: Wind-down in the last 90 days of a term
                    kind: post-termination-services
                    modality: obligation
                    party: a
                    effective: 90 days before end
                """);
        Status s = t.status(t.agreement().clause(clause), day);
        assertEquals(state, s.state().word());
        assertEquals(start, s.start());
    }

    @ParameterizedTest(name = "on {0}: {1}, last day {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-30 | in-force | 2025-06-30
            2025-07-01 | expired  | 2025-06-30
            """)
    void anEndAfterADate(LocalDate day, String state, LocalDate lastDay) throws Exception {
        Timeline t = timeline("", """
                  - id: launch-offer
                    title: Launch offer for two quarters from 2025-01-01
                    kind: price-restriction
                    modality: obligation
                    party: a
                    until: 2 quarters after 2025-01-01
                """);
        Status s = t.status(t.agreement().clause("launch-offer"), day);
        assertEquals(state, s.state().word());
        assertEquals(lastDay, s.lastDay());
    }

    /** report: "within 10 business days after a request" (renewal.yaml). */
    @ParameterizedTest(name = "asked on {0}, the request dated [{1}]: due {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2025-03-06 | report-request=2025-03-07 | -
            2025-03-07 | report-request=2025-03-07 | 2025-03-21
            2025-03-24 | report-request=2025-03-07 | 2025-03-21
            2025-03-24 | -                         | -
            """)
    void aDeadlineAfterAnEvent(LocalDate day, String dated, LocalDate due) throws Exception {
        Timeline t = timeline(dated == null ? "" : dated);
        dev.terms.model.Due d = t.agreement().clause("report").due();
        assertEquals(due, t.dateOf(((dev.terms.model.Due.By) d).when(), day));
    }

    /** renewal.yaml with some events dated, and more clauses after its own. */
    private static Timeline timeline(String dated, String clauses) throws Exception {
        String text = Files.readString(Run.RESOURCES.resolve("time/renewal.yaml"), StandardCharsets.UTF_8);
        for (String pair : dated.isEmpty() ? new String[0] : dated.split(";")) {
            String[] kv = pair.split("=");
            text = text.replace("  " + kv[0] + ": {name: ", "  " + kv[0] + ": {date: " + kv[1] + ", name: ");
        }
        Agreement a = new TermsLoader().parse((text + clauses).getBytes(StandardCharsets.UTF_8), "renewal.yaml");
        return new Timeline(a);
    }
}
