package dev.terms.answer;

import static dev.terms.answer.Projecting.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhenProjectionTest {

    private final WhenProjection when = new WhenProjection(Projecting.CORPUS);

    @Test
    void aDutyInEachPeriodIsDueByItsDay() {
        assertEquals(List.of("by the 5th day of each month | Hosting fee: due by the 5th day of each month. | fees"),
                project(when, "When is the hosting fee due?", "fees"));
    }

    @Test
    void aDeadlineAtADatedEventIsItsDateAndNamesTheEvent() {
        assertEquals(List.of("2025-01-01 (the signing of this Agreement) | Set-up fee: due by 2025-01-01, upon the signing"
                + " of this Agreement. | setup-fee"), project(when, "When must Acme pay the set-up fee?", "setup-fee"));
    }

    @Test
    void aPeriodDatedInTheClausesWordsIsAnsweredInThem() {
        assertEquals(List.of("April 1 | The billing year runs April 1 to March 31. | billing-year"),
                project(when, "When does the billing year start?", "billing-year"));
        assertEquals(List.of("March 31 | The billing year runs April 1 to March 31. | billing-year"),
                project(when, "When does the billing year end?", "billing-year"));
    }

    @Test
    void aRecurringDutyFallsWhenItsActionSays() {
        assertEquals(List.of("on the first business day of each month | Monthly invoices: on the first business day of each"
                + " month. | invoices"), project(when, "When must Globex send an invoice?", "invoices"));
    }

    @Test
    void aDeadlineAfterAnUndatedEventIsNamedNotDated() {
        assertEquals(List.of("15 days after Acme's audit request (not yet dated) | Records on request: due within 15 days"
                + " after Acme's audit request, not yet dated as of 2026-06-01. | records"),
                project(when, "When must Globex deliver its hosting records?", "records"));
    }

    @Test
    void anEndInThePastSaysItExpired() {
        assertEquals(List.of("2025-06-30 | Launch credit expired on 2025-06-30. | launch-credit"),
                project(when, "When does the launch credit end?", "launch-credit"));
    }

    @Test
    void aStartOnAnEventThatHasNotHappenedNamesTheEvent() {
        assertEquals(List.of("the go-live date | Go-live support starts when the go-live date happens, which has not happened"
                + " as of 2026-06-01. | support"),
                project(when, "When does go-live support start?", "support"));
    }

    @Test
    void aSupersededClauseEndsWhenItsSuccessorStarts() {
        assertEquals(List.of("2026-01-01 | Old platform licence ended on 2026-01-01, when new-platform replaced it (last day"
                + " in force 2025-12-31). | old-platform"),
                project(when, "When did the old platform licence end?", "old-platform"));
    }
}
