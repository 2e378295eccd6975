package dev.terms.change;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One thing in an agreement's history: a clause starts, ends or is superseded (by another clause), an
 * event happens, or the agreement renews (format 1.1). Three kinds, each with only the fields it has.
 */
public sealed interface Milestone permits Milestone.OfClause, Milestone.OfEvent, Milestone.OfRenewal {

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

    /**
     * {@code clause} starts, ends, or is superseded by {@code by} (null unless superseded). An end's
     * {@code date} is always the clause's last day in force, whatever ends it: {@code endedBy} names the
     * event that did (it ends the day before the event), and an end not yet dated has a null date and
     * {@code until}, what it waits for ("3 years after termination").
     */
    record OfClause(LocalDate date, Change change, String clause, String by, String agreement, String title,
            String endedBy, String until) implements Milestone {

        public OfClause(LocalDate date, Change change, String clause, String by, String agreement, String title) {
            this(date, change, clause, by, agreement, title, null, null);
        }
    }

    record OfEvent(LocalDate date, String event, String agreement, String title) implements Milestone {}

    /**
     * The agreement renews: a new term from {@code date} to {@code lastDay}, unless the notice of
     * non-renewal comes by {@code noticeBy} (null when the renewal names no notice period).
     */
    record OfRenewal(LocalDate date, String agreement, String title, LocalDate lastDay, LocalDate noticeBy)
            implements Milestone {}

    /** The timeline's {@code kind}: the clause's change, or {@code event}. */
    static String kind(Milestone m) {
        if (m instanceof OfClause c) return c.change().word();
        if (m instanceof OfEvent) return "event";
        if (m instanceof OfRenewal) return "renews";
        throw new AssertionError(m);
    }

    /** What it is about: the clause's id, the event's, or the agreement's. */
    static String about(Milestone m) {
        if (m instanceof OfClause c) return c.clause();
        if (m instanceof OfEvent e) return e.event();
        if (m instanceof OfRenewal r) return r.agreement();
        throw new AssertionError(m);
    }

    /** What happens first on a day: an event, then the endings it causes, a renewal, then starts. */
    static int order(Milestone m) {
        if (m instanceof OfClause c) return 1 + 2 * c.change().ordinal();
        if (m instanceof OfEvent) return 0;
        if (m instanceof OfRenewal) return 2 + 2 * Change.ENDS.ordinal();
        throw new AssertionError(m);
    }
}
