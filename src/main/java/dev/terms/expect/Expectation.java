package dev.terms.expect;

import dev.terms.model.Location;
import java.time.LocalDate;
import java.util.List;

/**
 * One question of a questions file and the answer it must get. {@code values} and {@code
 * clauses} are empty when not stated; {@code verdict} is null unless the file says yes, no or
 * none; {@code asOf} is null for the run's date.
 */
public record Expectation(String question, LocalDate asOf, List<String> values, List<String> clauses, Verdict verdict,
        Location location) {

    /** What a question's answer must be as a whole, beyond its values and clauses. */
    public enum Verdict {
        YES, NO, NONE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
