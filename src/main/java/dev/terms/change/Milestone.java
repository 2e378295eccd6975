package dev.terms.change;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One dated thing in an agreement's history: a clause starts, ends or is superseded (by another
 * clause), or an event happens. Two kinds, each with only the fields it has.
 */
public sealed interface Milestone permits Milestone.OfClause, Milestone.OfEvent {

    LocalDate date();

    String agreement();

    String title();

    /** What happens to a clause: the same words in the timeline and in a diff between two dates. */
    enum Change {
        SUPERSEDED, ENDS, STARTS; // the order things happen in on one day: endings before starts

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code clause} starts, ends, or is superseded by {@code by} (null unless superseded). */
    record OfClause(LocalDate date, Change change, String clause, String by, String agreement, String title)
            implements Milestone {}

    record OfEvent(LocalDate date, String event, String agreement, String title) implements Milestone {}

    /** The timeline's {@code kind}: the clause's change, or {@code event}. */
    static String kind(Milestone m) {
        if (m instanceof OfClause c) return c.change().word();
        if (m instanceof OfEvent) return "event";
        throw new AssertionError(m);
    }

    /** What it is about: the clause's id, or the event's. */
    static String about(Milestone m) {
        if (m instanceof OfClause c) return c.clause();
        if (m instanceof OfEvent e) return e.event();
        throw new AssertionError(m);
    }

    /** What happens first on a day: an event, then the endings it causes, then starts. */
    static int order(Milestone m) {
        if (m instanceof OfClause c) return 1 + c.change().ordinal();
        if (m instanceof OfEvent) return 0;
        throw new AssertionError(m);
    }
}
