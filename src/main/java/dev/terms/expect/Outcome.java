package dev.terms.expect;

import java.util.Map;

/**
 * One question of a questions file, asked: the JSON answer it got ({@code ask -o json}'s), and
 * why that is not the answer expected ({@code failure}, null when it passed).
 */
public record Outcome(Expectation expectation, Map<String, Object> answer, String failure) {

    public boolean passed() {
        return failure == null;
    }
}
