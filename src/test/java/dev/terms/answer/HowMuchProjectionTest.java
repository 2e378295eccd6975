package dev.terms.answer;

import static dev.terms.answer.Projecting.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HowMuchProjectionTest {

    private final HowMuchProjection howMuch = new HowMuchProjection();

    @Test
    void theAmountTheClauseStates() {
        assertEquals(List.of("USD 4,000 per month | Hosting fee: USD 4,000 per month. | fees"),
                project(howMuch, "How much is the hosting fee?", "fees"));
    }

    @Test
    void howMuchNoticeIsTheNoticePeriod() {
        assertEquals(List.of("60 days' notice | Termination for convenience: 60 days' notice. | termination-for-convenience"),
                project(howMuch, "How much notice must Acme give to terminate?", "termination-for-convenience"));
    }
}
