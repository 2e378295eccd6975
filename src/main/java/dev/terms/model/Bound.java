package dev.terms.model;

import java.time.LocalDate;

/**
 * A point in time as a clause names it: a calendar date, an event that may or may not have
 * happened, or (format 1.1) a length of time after or before one of those or the agreement's
 * start or end. {@link Start} and {@link End} stand only as what a {@link Relative} counts from.
 */
public sealed interface Bound permits Bound.OnDate, Bound.OnEvent, Bound.Relative, Bound.Start, Bound.End {

    record OnDate(LocalDate date) implements Bound {}

    record OnEvent(String event) implements Bound {}

    /** "3 years after termination", "90 days before end": {@code from} is a date, an event, start or end. */
    record Relative(Duration offset, boolean before, Bound from) implements Bound {
        public Relative {
            if (from instanceof Relative) throw new IllegalArgumentException("a relative date counts from a fixed point");
        }
    }

    /** The agreement's start (its {@code effective} date). */
    record Start() implements Bound {}

    /** The agreement's end: its last day in force. */
    record End() implements Bound {}

    /** The text a terms file uses for this bound: the date, the event id, "3 years after termination". */
    static String text(Bound b) {
        if (b instanceof OnDate d) return d.date().toString();
        if (b instanceof OnEvent e) return e.event();
        if (b instanceof Relative r) return r.offset().text() + (r.before() ? " before " : " after ") + text(r.from());
        if (b instanceof Start) return "start";
        if (b instanceof End) return "end";
        throw new AssertionError(b);
    }

    /** The event a bound depends on, directly or counted from, or null. */
    static String event(Bound b) {
        if (b instanceof OnEvent e) return e.event();
        if (b instanceof Relative r) return event(r.from());
        if (b instanceof OnDate || b instanceof Start || b instanceof End || b == null) return null;
        throw new AssertionError(b);
    }
}
