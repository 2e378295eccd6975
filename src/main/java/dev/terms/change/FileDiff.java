package dev.terms.change;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Positions;
import dev.terms.model.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** What changed between two versions of an agreement: clauses added, removed and changed, field by field. */
public record FileDiff(String beforeFile, String afterFile, List<String> added, List<String> removed,
        List<ClauseChange> changed, List<PartyDelta> parties) {

    /** A field of a clause (or of the agreement, with clause null) that changed. */
    public record FieldChange(String field, Object before, Object after) {}

    public record ClauseChange(String clause, String title, List<FieldChange> fields) {}

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && parties.isEmpty();
    }

    /**
     * The fields compared, in the format's order. {@code fields} gives a clause's fields as the
     * file has them, so the diff speaks the file's language.
     */
    public static FileDiff of(String beforeFile, Agreement before, String afterFile, Agreement after, LocalDate asOf,
            Function<Clause, Map<String, Object>> fields) {
        List<String> added = new ArrayList<>(), removed = new ArrayList<>();
        List<ClauseChange> changed = new ArrayList<>();
        for (Clause c : before.clauses()) if (after.clause(c.id()) == null) removed.add(c.id());
        for (Clause c : after.clauses()) {
            Clause old = before.clause(c.id());
            if (old == null) {
                added.add(c.id());
                continue;
            }
            Map<String, Object> x = fields.apply(old), y = fields.apply(c);
            Set<String> keys = new LinkedHashSet<>(x.keySet());
            keys.addAll(y.keySet());
            List<FieldChange> diffs = new ArrayList<>();
            for (String k : keys) {
                if (!Objects.equals(x.get(k), y.get(k))) diffs.add(new FieldChange(k, x.get(k), y.get(k)));
            }
            if (!diffs.isEmpty()) changed.add(new ClauseChange(c.id(), c.title(), diffs));
        }
        Map<String, Object> agreementBefore = agreementFields(before), agreementAfter = agreementFields(after);
        List<FieldChange> agreementDiffs = new ArrayList<>();
        for (String k : agreementBefore.keySet()) {
            if (!Objects.equals(agreementBefore.get(k), agreementAfter.get(k)))
                agreementDiffs.add(new FieldChange(k, agreementBefore.get(k), agreementAfter.get(k)));
        }
        if (!agreementDiffs.isEmpty()) changed.add(0, new ClauseChange(null, after.title(), agreementDiffs));

        List<PartyDelta> parties = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(before.parties().keySet());
        ids.addAll(after.parties().keySet());
        Timeline tb = new Timeline(before), ta = new Timeline(after);
        for (String p : ids) {
            Positions x = Positions.of(tb, p, asOf, false), y = Positions.of(ta, p, asOf, false);
            PartyDelta d = PartyDelta.between(p, after.id(), Positions.ids(x.holds()), Positions.ids(y.holds()),
                    Positions.ids(x.owes()), Positions.ids(y.owes()));
            if (!d.isEmpty()) parties.add(d);
        }
        return new FileDiff(beforeFile, afterFile, List.copyOf(added), List.copyOf(removed), List.copyOf(changed),
                List.copyOf(parties));
    }

    private static Map<String, Object> agreementFields(Agreement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("effective", a.effective() == null ? null : a.effective().toString());
        m.put("until", a.until().stream().map(dev.terms.model.Bound::text).toList());
        return m;
    }
}
