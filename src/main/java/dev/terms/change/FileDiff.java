package dev.terms.change;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Duration;
import dev.terms.model.Positions;
import dev.terms.model.Quantity;
import dev.terms.model.Renewal;
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

    /**
     * A field of a clause (or of the agreement, with clause null) that changed; {@code change} says which
     * way when the two are values of one kind: {@code higher} or {@code lower} (an amount in the same unit),
     * {@code longer} or {@code shorter} (a length of time), {@code later} or {@code earlier} (a date),
     * {@code more} or {@code fewer} (renewals allowed); null otherwise.
     */
    public record FieldChange(String field, Object before, Object after, String change) {}

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
            Map<String, Object> x = new LinkedHashMap<>(fields.apply(old)), y = new LinkedHashMap<>(fields.apply(c));
            // an amount as a value is compared as one, under the key the file writes it with: amount
            x.remove("quantity");
            y.remove("quantity");
            Set<String> keys = new LinkedHashSet<>(x.keySet());
            keys.addAll(y.keySet());
            List<FieldChange> diffs = new ArrayList<>();
            for (String k : keys) {
                if (Objects.equals(x.get(k), y.get(k)) || sameValue(k, old, c)) continue;
                diffs.add(new FieldChange(k, x.get(k), y.get(k), change(k, old, c)));
            }
            if (!diffs.isEmpty()) changed.add(new ClauseChange(c.id(), c.title(), diffs));
        }
        Map<String, Object> agreementBefore = agreementFields(before), agreementAfter = agreementFields(after);
        Set<String> agreementKeys = new LinkedHashSet<>(agreementBefore.keySet());
        agreementKeys.addAll(agreementAfter.keySet());
        List<FieldChange> agreementDiffs = new ArrayList<>();
        for (String k : agreementKeys) {
            if (Objects.equals(agreementBefore.get(k), agreementAfter.get(k)) || sameValue(k, before, after)) continue;
            agreementDiffs.add(new FieldChange(k, agreementBefore.get(k), agreementAfter.get(k), change(k, before, after)));
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

    /** The agreement's own fields, as the file writes them; the renewal's a key each ({@code renewal.notice}). */
    private static Map<String, Object> agreementFields(Agreement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        if (!a.aliases().isEmpty()) m.put("aliases", a.aliases());
        m.put("effective", a.effective() == null ? null : a.effective().toString());
        m.put("until", a.until().stream().map(Bound::text).toList());
        Renewal r = a.renewal();
        if (r != null) {
            m.put("renewal.automatic", r.automatic());
            if (r.term() != null) m.put("renewal.term", r.term().text());
            if (r.times() != null) m.put("renewal.times", r.times());
            if (r.notice() != null) m.put("renewal.notice", r.notice().text());
            if (!r.by().isEmpty()) m.put("renewal.by", r.by());
            if (r.unless() != null) m.put("renewal.unless", r.unless());
        }
        return m;
    }

    /** Written differently, the same value: USD 1,000,000 and USD 1000000.00; 1 year and 12 months. */
    private static boolean sameValue(String field, Clause x, Clause y) {
        return switch (field) {
            case "amount" -> x.quantity() != null && y.quantity() != null
                    && Integer.valueOf(0).equals(compare(x.quantity(), y.quantity()));
            case "notice" -> same(x.notice(), y.notice());
            case "every" -> same(x.every(), y.every());
            default -> false;
        };
    }

    private static boolean sameValue(String field, Agreement x, Agreement y) {
        if (x.renewal() == null || y.renewal() == null) return false;
        return switch (field) {
            case "renewal.term" -> same(x.renewal().term(), y.renewal().term());
            case "renewal.notice" -> same(x.renewal().notice(), y.renewal().notice());
            default -> false;
        };
    }

    private static String change(String field, Clause x, Clause y) {
        return switch (field) {
            case "amount" -> x.quantity() == null || y.quantity() == null ? null
                    : order(compare(x.quantity(), y.quantity()), "higher", "lower");
            case "notice" -> order(compare(x.notice(), y.notice()), "longer", "shorter");
            case "every" -> order(compare(x.every(), y.every()), "longer", "shorter");
            case "effective" -> order(compare(x.effective(), y.effective()), "later", "earlier");
            case "until" -> order(compare(x.until(), y.until()), "later", "earlier");
            default -> null;
        };
    }

    private static String change(String field, Agreement x, Agreement y) {
        return switch (field) {
            case "effective" -> x.effective() == null || y.effective() == null ? null
                    : order(y.effective().compareTo(x.effective()), "later", "earlier");
            case "until" -> order(compare(x.until(), y.until()), "later", "earlier");
            case "renewal.term" -> x.renewal() == null || y.renewal() == null ? null
                    : order(compare(x.renewal().term(), y.renewal().term()), "longer", "shorter");
            case "renewal.notice" -> x.renewal() == null || y.renewal() == null ? null
                    : order(compare(x.renewal().notice(), y.renewal().notice()), "longer", "shorter");
            case "renewal.times" -> x.renewal() == null || y.renewal() == null || x.renewal().times() == null
                    || y.renewal().times() == null ? null
                    : order(Integer.compare(y.renewal().times(), x.renewal().times()), "more", "fewer");
            default -> null;
        };
    }

    /** The word for a comparison of the new value with the old one: null when they are not in one order. */
    private static String order(Integer cmp, String up, String down) {
        return cmp == null || cmp == 0 ? null : cmp > 0 ? up : down;
    }

    /** New against old, when both count the same thing the same way (unit, per, of); else null. */
    private static Integer compare(Quantity old, Quantity now) {
        if (!Objects.equals(old.unit(), now.unit()) || !Objects.equals(old.per(), now.per())
                || !Objects.equals(old.of(), now.of())) return null;
        return now.number().compareTo(old.number());
    }

    /** New against old: exactly in days or in months (a year is 12, a week 7 days), else by their rough length. */
    private static Integer compare(Duration old, Duration now) {
        if (old == null || now == null) return null;
        long[] a = exact(old), b = exact(now);
        if (a != null && b != null && a[1] == b[1]) return Long.compare(b[0], a[0]);
        return Double.compare(now.days(), old.days());
    }

    private static boolean same(Duration x, Duration y) {
        if (x == null || y == null) return false;
        long[] a = exact(x), b = exact(y);
        return a != null && b != null && a[0] == b[0] && a[1] == b[1];
    }

    /** {count, 0} in days or {count, 1} in months; null for business days, which count neither. */
    private static long[] exact(Duration d) {
        return switch (d.unit()) {
            case DAY -> new long[] {d.count(), 0};
            case WEEK -> new long[] {7L * d.count(), 0};
            case MONTH -> new long[] {d.count(), 1};
            case QUARTER -> new long[] {3L * d.count(), 1};
            case YEAR -> new long[] {12L * d.count(), 1};
            case BUSINESS_DAY -> null;
        };
    }

    /** Two dates, or two lengths of time counted from the same point the same way ("2 years after start", "3 years after start"). */
    private static Integer compare(Bound old, Bound now) {
        if (old instanceof Bound.OnDate a && now instanceof Bound.OnDate b) return b.date().compareTo(a.date());
        if (old instanceof Bound.Relative a && now instanceof Bound.Relative b && a.from().equals(b.from())
                && a.before() == b.before()) {
            Integer longer = compare(a.offset(), b.offset());
            return longer == null || !a.before() ? longer : -longer;
        }
        return null;
    }

    /** Two lists of ends that differ in one place only: [2027-02-28, change-of-control] and [2028-02-29, change-of-control]. */
    private static Integer compare(List<Bound> old, List<Bound> now) {
        if (old.size() != now.size()) return null;
        Integer found = null;
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i).equals(now.get(i))) continue;
            if (found != null) return null;
            found = compare(old.get(i), now.get(i));
            if (found == null) return null;
        }
        return found;
    }
}
