package dev.terms.change;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One dated thing in an agreement's history: a clause starts, ends or is superseded (by another
 * clause), or an event happens. {@code clause} is null for events, {@code event} for clauses.
 */
public record Milestone(LocalDate date, Kind kind, String clause, String by, String agreement, String event,
        String title) {

    public enum Kind {
        EVENT, SUPERSEDED, ENDS, STARTS;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
