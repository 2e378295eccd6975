package dev.terms.model;

import java.time.LocalDate;

/** A point in time as a clause names it: a calendar date, or an event that may or may not have happened. */
public sealed interface Bound permits Bound.OnDate, Bound.OnEvent {

    record OnDate(LocalDate date) implements Bound {}

    record OnEvent(String event) implements Bound {}

    /** The text a terms file uses for this bound: the date, or the event id. */
    static String text(Bound b) {
        if (b instanceof OnDate d) return d.date().toString();
        if (b instanceof OnEvent e) return e.event();
        throw new AssertionError(b);
    }
}
