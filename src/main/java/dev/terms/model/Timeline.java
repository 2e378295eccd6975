package dev.terms.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes clause status at a date, exactly as the format says: an answer as of D knows only
 * the events that had happened by D; {@code until} dates are inclusive; a superseding clause or
 * an ending event ends a clause on the day before it takes effect.
 */
public final class Timeline {

    private final Agreement agreement;
    private final Map<String, List<Clause>> supersededBy = new HashMap<>();
    /** Clauses by each party they name (as party or counterparty), in file order; made on first use. */
    private Map<String, List<Clause>> naming;

    public Timeline(Agreement agreement) {
        this.agreement = agreement;
        for (Clause c : agreement.clauses()) {
            for (String old : c.supersedes()) supersededBy.computeIfAbsent(old, k -> new ArrayList<>()).add(c);
        }
    }

    public Agreement agreement() {
        return agreement;
    }

    /** The clauses naming a party, as party or counterparty, in file order. */
    public synchronized List<Clause> naming(String party) {
        if (naming == null) {
            naming = new HashMap<>();
            for (Clause c : agreement.clauses()) {
                Set<String> named = new LinkedHashSet<>(c.party());
                named.addAll(c.counterparty());
                for (String p : named) naming.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        return naming.getOrDefault(party, List.of());
    }

    /** The clauses that supersede {@code clause}, in file order. */
    public List<Clause> supersededBy(Clause clause) {
        return supersededBy.getOrDefault(clause.id(), List.of());
    }

    /** When a clause starts, as known at {@code day}; null when it has no start (from the beginning) . */
    public LocalDate start(Clause c, LocalDate day) {
        if (c.effective() == null) return agreement.effective();
        return dateOf(c.effective(), day);
    }

    private boolean pending(Clause c, LocalDate day) {
        // an event, or a time after one, dates nothing until the event has happened
        if (c.effective() != null && Bound.event(c.effective()) != null && dateOf(c.effective(), day) == null) return true;
        LocalDate s = start(c, day);
        return s != null && s.isAfter(day);
    }

    public Status status(Clause c, LocalDate day) {
        LocalDate start = start(c, day);
        Status.End end = end(c, day, 0);
        LocalDate last = end == null ? null : lastDay(end);
        Status.State state;
        if (pending(c, day)) state = Status.State.PENDING;
        else if (last != null && last.isBefore(day))
            state = end instanceof Status.SupersededBy ? Status.State.SUPERSEDED : Status.State.EXPIRED;
        else state = Status.State.IN_FORCE;
        return new Status(state, start, last, end);
    }

    /** The agreement's own end as known at {@code day}, or null. */
    public Status.AgreementEnds agreementEnd(LocalDate day) {
        Status.AgreementEnds best = null;
        for (Bound b : agreement.until()) {
            // the loader refuses it, but check reads a file with errors: an end counted from itself is no end
            if (b instanceof Bound.Relative r && r.from() instanceof Bound.End) continue;
            LocalDate on = endOf(b, day);
            if (on == null) continue;
            String event = b instanceof Bound.OnEvent e ? e.event() : null;
            if (event == null) on = renewed(on, day);
            if (best == null || lastDay(new Status.AgreementEnds(on, event)).isBefore(lastDay(best)))
                best = new Status.AgreementEnds(on, event);
        }
        return best;
    }

    /** Renewals are counted past this many terms no further: a one-day term asked about in the year 9999. */
    private static final int MAX_RENEWALS = 100_000;

    /**
     * The last day of the term in force at {@code day}, for a term that would end on {@code last}:
     * an automatic renewal adds a term each time one ends, unless the non-renewal event had happened
     * by the notice deadline (that long before the term's end), or the renewals allowed are used up.
     */
    public LocalDate renewed(LocalDate last, LocalDate day) {
        Renewal r = agreement.renewal();
        if (r == null || !r.automatic() || r.term() == null) return last;
        Event stop = r.unless() == null ? null : agreement.events().get(r.unless());
        LocalDate stopped = stop != null && stop.happenedBy(day) ? stop.date() : null;
        int limit = r.times() == null ? MAX_RENEWALS : Math.min(r.times(), MAX_RENEWALS);
        for (int k = 0; k < limit && last.isBefore(day); k++) {
            LocalDate deadline = r.notice() == null ? last : r.notice().before(last.plusDays(1));
            if (stopped != null && !stopped.isAfter(deadline)) break;
            last = r.term().after(last);
        }
        return last;
    }

    /**
     * A renewal term: its first and last day, and the last day the notice of non-renewal that would
     * have stopped it could be given (null when the renewal names no notice period).
     */
    public record Term(LocalDate first, LocalDate last, LocalDate noticeBy) {}

    /**
     * The automatic renewals as known at {@code day}, counted as {@link #renewed} counts them: each
     * term begun by then, and the next one, due unless notice stops it; none past the agreement's
     * end (an event in its {@code until}, a notice given in time, the renewals allowed used up).
     */
    public List<Term> renewals(LocalDate day) {
        Renewal r = agreement.renewal();
        if (r == null || !r.automatic() || r.term() == null) return List.of();
        LocalDate last = null; // the first term's last day: the earliest dated end that renewal extends
        for (Bound b : agreement.until()) {
            if (b instanceof Bound.OnEvent || b instanceof Bound.Relative rel && rel.from() instanceof Bound.End) continue;
            LocalDate on = endOf(b, day);
            if (on != null && (last == null || on.isBefore(last))) last = on;
        }
        if (last == null) return List.of();
        Status.AgreementEnds end = agreementEnd(day);
        LocalDate over = end == null ? null : lastDay(end);
        Event stop = r.unless() == null ? null : agreement.events().get(r.unless());
        LocalDate stopped = stop != null && stop.happenedBy(day) ? stop.date() : null;
        int limit = r.times() == null ? MAX_RENEWALS : Math.min(r.times(), MAX_RENEWALS);
        List<Term> out = new ArrayList<>();
        for (int k = 0; k < limit; k++) {
            LocalDate deadline = r.notice() == null ? last : r.notice().before(last.plusDays(1));
            if (stopped != null && !stopped.isAfter(deadline)) break;
            boolean past = last.isBefore(day);
            // an event in the agreement's until ended it first: a renewal made is followed by more days, one to come by none missing
            if (over != null && (past ? !over.isAfter(last) : over.isBefore(last))) break;
            LocalDate next = r.term().after(last);
            out.add(new Term(last.plusDays(1), next, r.notice() == null ? null : deadline));
            if (!past) break; // the one still to come
            last = next;
        }
        return out;
    }

    /** The agreement's status at {@code day}: pending, in force or expired. */
    public Status agreementStatus(LocalDate day) {
        Status.AgreementEnds end = agreementEnd(day);
        LocalDate last = end == null ? null : lastDay(end);
        Status.State state;
        if (agreement.effective() != null && agreement.effective().isAfter(day)) state = Status.State.PENDING;
        else if (last != null && last.isBefore(day)) state = Status.State.EXPIRED;
        else state = Status.State.IN_FORCE;
        return new Status(state, agreement.effective(), last, end);
    }

    // depth guards against supersession cycles, which the loader refuses anyway
    private Status.End end(Clause c, LocalDate day, int depth) {
        List<Status.End> ends = new ArrayList<>();
        for (Bound b : c.until()) {
            LocalDate on = endOf(b, day);
            if (on != null) ends.add(new Status.Until(on, b instanceof Bound.OnEvent e ? e.event() : null));
        }
        if (depth < 64) {
            for (Clause s : supersededBy(c)) {
                if (pending(s, day) && Bound.event(s.effective()) != null) continue;
                LocalDate on = start(s, day);
                if (on != null) ends.add(new Status.SupersededBy(on, s.id()));
            }
        }
        if (!c.survivesAgreement() && !outlives(c)) {
            Status.AgreementEnds a = agreementEnd(day);
            if (a != null) ends.add(a);
        }
        Status.End best = null;
        for (Status.End e : ends) if (best == null || lastDay(e).isBefore(lastDay(best))) best = e;
        return best;
    }

    /** The last day in force under an ending: an {@code until} date is inclusive, the rest end the day before. */
    public static LocalDate lastDay(Status.End end) {
        if (end instanceof Status.Until u) return u.event() == null ? u.on() : u.on().minusDays(1);
        if (end instanceof Status.SupersededBy s) return s.on().minusDays(1);
        if (end instanceof Status.AgreementEnds a) return a.event() == null ? a.on() : a.on().minusDays(1);
        throw new AssertionError(end);
    }

    /**
     * A clause that ends some time after the agreement ends, or after an event that ends it ("for three
     * years after termination"), outlives the agreement as if it said {@code survives}.
     */
    private boolean outlives(Clause c) {
        for (Bound b : c.until()) {
            if (!(b instanceof Bound.Relative r) || r.before()) continue;
            if (r.from() instanceof Bound.End) return true;
            if (r.from() instanceof Bound.OnEvent e && agreement.until().contains(e)) return true;
        }
        return false;
    }

    /**
     * What an {@code until} bound makes the end, as {@link Status.End#on}: a date and an event as they are;
     * a length of time runs out the day before it is complete (a two-year term from 2022-01-10 has
     * 2024-01-09 as its last day), so its last day stands for it.
     */
    private LocalDate endOf(Bound b, LocalDate day) {
        LocalDate on = dateOf(b, day);
        return on != null && b instanceof Bound.Relative ? on.minusDays(1) : on;
    }

    /**
     * A bound's date as known at {@code day}: a date always, an event only once it has happened, a
     * time after or before a point once that point is dated, the agreement's start and end as known.
     */
    public LocalDate dateOf(Bound b, LocalDate day) {
        if (b instanceof Bound.OnDate d) return d.date();
        if (b instanceof Bound.OnEvent e) {
            Event ev = agreement.events().get(e.event());
            return ev != null && ev.happenedBy(day) ? ev.date() : null;
        }
        if (b instanceof Bound.Relative r) {
            LocalDate from = dateOf(r.from(), day);
            if (from == null) return null;
            return r.before() ? r.offset().before(from) : r.offset().after(from);
        }
        if (b instanceof Bound.Start) return agreement.effective();
        if (b instanceof Bound.End) {
            // the loader refuses an agreement whose own end counts from its end
            Status.AgreementEnds end = agreementEnd(day);
            return end == null ? null : lastDay(end).plusDays(1); // the end is the moment its last day is over
        }
        throw new AssertionError(b);
    }
}
