package dev.terms.model;

import java.time.LocalDate;

/**
 * A clause's standing at one date, as the format defines it. {@code start} and {@code lastDay}
 * are inclusive and null when unknown or open; {@code end} says what ends (or ended) it, when known.
 */
public record Status(State state, LocalDate start, LocalDate lastDay, End end) {

    public enum State {
        PENDING, IN_FORCE, EXPIRED, SUPERSEDED;

        public String word() {
            return switch (this) {
                case PENDING -> "pending";
                case IN_FORCE -> "in-force";
                case EXPIRED -> "expired";
                case SUPERSEDED -> "superseded";
            };
        }
    }

    /**
     * What ends a clause. {@code on} is the date the ending takes effect as people say it: the
     * {@code until} date itself, the day a superseding clause starts, the day of an event.
     */
    public sealed interface End permits Until, SupersededBy, AgreementEnds {
        LocalDate on();
    }

    /** Its own {@code until}: a date (inclusive) or an event (ends the day before). */
    public record Until(LocalDate on, String event) implements End {}

    public record SupersededBy(LocalDate on, String clause) implements End {}

    /** The end of the agreement as a whole; {@code event} is set when it ended by one. */
    public record AgreementEnds(LocalDate on, String event) implements End {}

    public boolean inForce() {
        return state == State.IN_FORCE;
    }

    /** Whether the clause was in force on some day up to and including {@code day}. */
    public boolean startedBy(LocalDate day) {
        return state != State.PENDING && (start == null || !start.isAfter(day));
    }
}
