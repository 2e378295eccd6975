package dev.terms.change;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Event;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every start, end, supersession, renewal and event of the loaded agreements, in date order, as
 * known at a date; the ends not yet dated last.
 */
public final class Chronology {

    private Chronology() {}

    public static List<Milestone> of(Corpus corpus, LocalDate asOf) {
        List<Milestone> out = new ArrayList<>();
        for (Agreement a : corpus.agreements()) {
            Timeline t = corpus.timeline(a);
            for (Event e : a.events().values()) {
                if (e.happenedBy(asOf)) {
                    out.add(new Milestone.OfEvent(e.date(), e.id(), a.id(), e.name()));
                }
            }
            for (Timeline.Term term : t.renewals(asOf)) {
                out.add(new Milestone.OfRenewal(term.first(), a.id(), a.title(), term.last(), term.noticeBy()));
            }
            for (Clause c : a.clauses()) {
                Status s = t.status(c, asOf);
                if (s.start() != null) { // null: from the beginning, or an event that has not happened
                    out.add(new Milestone.OfClause(s.start(), Milestone.Change.STARTS, c.id(), null, a.id(), c.title()));
                }
                if (s.end() instanceof Status.SupersededBy by) {
                    out.add(new Milestone.OfClause(by.on(), Milestone.Change.SUPERSEDED, c.id(), by.clause(), a.id(), c.title()));
                } else if (s.end() != null) {
                    // the last day in force, as for a date: an event ends it the day before it happens
                    out.add(new Milestone.OfClause(s.lastDay(), Milestone.Change.ENDS, c.id(), null, a.id(), c.title(),
                            endedBy(s.end()), null));
                } else {
                    Bound waiting = undated(t, c, asOf);
                    if (waiting != null) {
                        out.add(new Milestone.OfClause(null, Milestone.Change.ENDS, c.id(), null, a.id(), c.title(), null,
                                Bound.text(waiting)));
                    }
                }
            }
        }
        // stable: date, then what happens first on a day (an event, then the endings it causes, then starts)
        out.sort(Comparator.comparing(Milestone::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Milestone::order));
        return out;
    }

    private static String endedBy(Status.End end) {
        if (end instanceof Status.Until u) return u.event();
        if (end instanceof Status.AgreementEnds e) return e.event();
        if (end instanceof Status.SupersededBy) return null;
        throw new AssertionError(end);
    }

    /** The first {@code until} of a clause that is not yet dated ("3 years after termination"), or null. */
    private static Bound undated(Timeline t, Clause c, LocalDate asOf) {
        for (Bound b : c.until()) if (t.dateOf(b, asOf) == null) return b;
        return null;
    }
}
