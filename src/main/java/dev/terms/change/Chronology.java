package dev.terms.change;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Event;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every start, end, supersession and event of the loaded agreements, in date order, as known at a date. */
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
            for (Clause c : a.clauses()) {
                Status s = t.status(c, asOf);
                if (s.start() != null) { // null: from the beginning, or an event that has not happened
                    out.add(new Milestone.OfClause(s.start(), Milestone.Change.STARTS, c.id(), null, a.id(), c.title()));
                }
                if (s.end() instanceof Status.SupersededBy by) {
                    out.add(new Milestone.OfClause(by.on(), Milestone.Change.SUPERSEDED, c.id(), by.clause(), a.id(), c.title()));
                } else if (s.end() != null) {
                    out.add(new Milestone.OfClause(s.end().on(), Milestone.Change.ENDS, c.id(), null, a.id(), c.title()));
                }
            }
        }
        // stable: date, then what happens first on a day (an event, then the endings it causes, then starts)
        out.sort(Comparator.comparing(Milestone::date).thenComparingInt(Milestone::order));
        return out;
    }
}
