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
    void withNoRecurrenceTheClausesAreAnsweredAsWhatTheySay() {
        assertEquals(List.of("Hosting of customer data: host the customer data | Globex Inc. must host the customer data in the EU Region. | hosting"),
                project(howOften, "How often must Globex host the customer data?", "hosting"));
    }
}
