package dev.terms.change;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Party;
import dev.terms.model.Positions;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What changed in the loaded agreements between two dates: clauses that started, ended or were superseded. */
public record DateDiff(LocalDate from, LocalDate to, List<ClauseChange> clauses, List<PartyDelta> parties) {

    /** A clause that started, ended or was superseded (by {@code by}) between the two dates. */
    public record ClauseChange(Milestone.Change change, String clause, String agreement, String title, LocalDate date, String by) {}

    public boolean isEmpty() {
        return clauses.isEmpty() && parties.isEmpty();
    }

    public static DateDiff of(Corpus corpus, LocalDate from, LocalDate to) {
        List<ClauseChange> changes = new ArrayList<>();
        List<PartyDelta> parties = new ArrayList<>();
        for (Agreement a : corpus.agreements()) {
            Timeline t = corpus.timeline(a);
            for (Clause c : a.clauses()) {
                Status before = t.status(c, from);
                Status after = t.status(c, to);
                if (!before.inForce() && after.inForce()) {
                    changes.add(new ClauseChange(Milestone.Change.STARTS, c.id(), a.id(), c.title(), after.start(), null));
                } else if (before.inForce() && !after.inForce()) {
                    if (after.end() instanceof Status.SupersededBy by) {
                        changes.add(new ClauseChange(Milestone.Change.SUPERSEDED, c.id(), a.id(), c.title(), by.on(), by.clause()));
                    } else {
                        // its last day in force, as the timeline dates an end: an event ends it the day before
                        changes.add(new ClauseChange(Milestone.Change.ENDS, c.id(), a.id(), c.title(), after.lastDay(), null));
                    }
                }
            }
            for (Party p : a.parties().values()) {
                Positions x = Positions.of(t, p.id(), from, false);
                Positions y = Positions.of(t, p.id(), to, false);
                PartyDelta d = PartyDelta.between(p.id(), a.id(), Positions.ids(x.holds()), Positions.ids(y.holds()),
                        Positions.ids(x.owes()), Positions.ids(y.owes()));
                if (!d.isEmpty()) parties.add(d);
            }
        }
        return new DateDiff(from, to, List.copyOf(changes), List.copyOf(parties));
    }
}
