package dev.terms.answer;

import static dev.terms.answer.Projecting.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HowOftenProjectionTest {

    private final HowOftenProjection howOften = new HowOftenProjection(new WhatProjection(Projecting.CORPUS));

    @Test
    void aRecurrenceIsAnsweredWithItsDeadline() {
        assertEquals(List.of("every quarter | Uptime reports: every quarter, due within 10 business days after each quarter. | reports"),
                project(howOften, "How often must Globex deliver an uptime report?", "reports"));
    }

    @Test
    void aRecurrenceStatedInWordsIsQuoted() {
        assertEquals(List.of("no more than one audit in any twelve-month period | Hosting audit: no more than one audit in any"
                + " twelve-month period. | hosting-audit"), project(howOften, "How often may Acme audit the hosting?", "hosting-audit"));
    }

    @Test
    void withNoRecurrenceTheClausesAreAnsweredAsWhatTheySay() {
        assertEquals(List.of("Hosting of customer data: host the customer data | Globex Inc. must host the customer data in the EU Region. | hosting"),
                project(howOften, "How often must Globex host the customer data?", "hosting"));
    }
}
