package dev.terms.answer;

import static dev.terms.answer.Projecting.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HowLongProjectionTest {

    private final HowLongProjection howLong = new HowLongProjection();

    @Test
    void anEndRelativeToAnEventIsHowLongEvenBeforeItIsDated() {
        assertEquals(List.of("3 years after termination of this Agreement | Confidentiality: until 3 years after termination"
                + " of this Agreement. | confidentiality"),
                project(howLong, "How long does confidentiality last after termination?", "confidentiality"));
    }

    @Test
    void howSoonADutyIsDueAfterAnEventIsItsDeadline() {
        assertEquals(List.of("15 days after Acme's audit request | Records on request: due within 15 days after Acme's"
                + " audit request. | records"), project(howLong, "How soon must Globex deliver its hosting records?", "records"));
    }

    @Test
    void aClauseThatLastsBetweenTwoDatesRunsThatLong() {
        assertEquals(List.of("6 months | Launch credit runs 6 months, from 2025-01-01 to 2025-06-30. | launch-credit"),
                project(howLong, "How long does the launch credit last?", "launch-credit"));
    }

    @Test
    void aNoticePeriodAnswersHowMuchNoticeReadAsTime() {
        assertEquals(List.of("60 days' notice | Termination for convenience: 60 days' notice. | termination-for-convenience"),
                project(howLong, "How many days' notice must Acme give to terminate?", "termination-for-convenience"));
    }

    @Test
    void aDeadlineIsNeverAnsweredWithTheClausesOwnDates() {
        assertEquals(List.of(), project(howLong, "How long after the request must Globex host the customer data?", "hosting"));
    }
}
