package dev.terms.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers a text gives, as a clause's frame and a question read them. */
class AmountTest {

    private static List<String> amounts(String text) {
        return Amount.in(text).stream().map(a -> a.value().toPlainString() + " " + a.unit()).toList();
    }

    @Test
    void aNumberKeepsTheUnitBeforeOrAfterIt() {
        assertEquals(List.of("99.9 PERCENT"), amounts("uptime of 99.9% each month"));
        assertEquals(List.of("150 MONEY"), amounts("a fee of USD 150 a seat"));
        assertEquals(List.of("150 MONEY"), amounts("a fee of usd    150, paid yearly"), "spaces between");
        assertEquals(List.of("2000000 MONEY"), amounts("up to $2 million"));
        assertEquals(List.of("30 DAY", "12 MONTH"), amounts("within 30 days; renews every 12 months"));
        assertEquals(List.of("3 TIMES"), amounts("capped at 3x the fees"));
    }

    @Test
    void numberWordsCountOnlyWhatIsMeasured() {
        assertEquals(List.of("8 MONTH"), amounts("eight months after notice"));
        assertEquals(1, Amount.in("thirty (30) days").size(), "the digits once");
        assertEquals(List.of(), amounts("one of its affiliates"));
    }

    @Test
    void datesSectionsAndWordsAreNotAmounts() {
        assertEquals(List.of(), amounts("effective 2024-03-01 under §4.2"));
        assertEquals(List.of(), amounts("the GPT4 model"));
        assertEquals(List.of(), amounts("no number here at all"));
        assertEquals(List.of(), amounts(null));
    }
}
