package dev.terms.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.Run;
import dev.terms.load.TermsLoader;
import dev.terms.model.Agreement;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status at a date, exactly as the format defines it: the day before, of and after each boundary. */
class StatusTest {

    private static final Timeline TIMELINE = timeline();

    private static Timeline timeline() {
        try {
            Agreement a = new TermsLoader().load(Run.RESOURCES.resolve("time/supply.yaml"), "supply.yaml");
            return new Timeline(a);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource({
            // from the start of the agreement to its end (inclusive)
            "base, 2023-12-31, pending",
            "base, 2024-01-01, in-force",
            "base, 2026-12-31, in-force",
            "base, 2027-01-01, expired",
            // its own dates, both inclusive
            "dated, 2024-02-29, pending",
            "dated, 2024-03-01, in-force",
            "dated, 2024-09-30, in-force",
            "dated, 2024-10-01, expired",
            // a superseding clause ends it the day before it starts
            "old-exclusivity, 2025-01-20, in-force",
            "old-exclusivity, 2025-01-21, superseded",
            "new-rofr, 2025-01-20, pending",
            "new-rofr, 2025-01-21, in-force",
            // an event starts it on its date, and only once it has happened by the date asked
            "on-launch, 2024-06-14, pending",
            "on-launch, 2024-06-15, in-force",
            // an event that has not happened ends nothing; the agreement's end still does
            "until-merger, 2026-12-31, in-force",
            "until-merger, 2027-01-01, expired",
            // an ending event takes effect on its day: in force through the day before
            "until-breach, 2025-03-09, in-force",
            "until-breach, 2025-03-10, expired",
            // a view of the past does not know a later event
            "until-breach, 2024-12-31, in-force",
            // survives the agreement, ends by its own until
            "survivor, 2027-01-01, in-force",
            "survivor, 2027-06-30, in-force",
            "survivor, 2027-07-01, expired",
    })
    void statusAtADate(String clause, LocalDate day, String expected) {
        Status s = TIMELINE.status(TIMELINE.agreement().clause(clause), day);
        assertEquals(expected, s.state().word());
    }

    @ParameterizedTest(name = "{0} as of {1}: last day {2}")
    @CsvSource({
            "old-exclusivity, 2026-01-01, 2025-01-20",
            "until-breach, 2026-01-01, 2025-03-09",
            "until-breach, 2024-06-01, 2026-12-31",
            "dated, 2024-05-01, 2024-09-30",
            "survivor, 2024-05-01, 2027-06-30",
    })
    void lastDayInForce(String clause, LocalDate asOf, LocalDate lastDay) {
        assertEquals(lastDay, TIMELINE.status(TIMELINE.agreement().clause(clause), asOf).lastDay());
    }

    @ParameterizedTest(name = "the agreement on {0} is {1}")
    @CsvSource({"2023-12-31, pending", "2024-01-01, in-force", "2026-12-31, in-force", "2027-01-01, expired"})
    void agreementStatus(LocalDate day, String expected) {
        assertEquals(expected, TIMELINE.agreementStatus(day).state().word());
    }
}
