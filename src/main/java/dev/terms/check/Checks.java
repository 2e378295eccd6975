package dev.terms.check;

import dev.terms.load.Diagnostic;
import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Definition;
import dev.terms.model.Location;
import dev.terms.model.Modality;
import dev.terms.model.Named;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import dev.terms.model.Words;
import dev.terms.question.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Findings a loader cannot make: contradictions between clauses, and what a file leaves unused or unsaid. */
public final class Checks {

    /** The far future: every dated start and end is known by then, undated events never happen. */
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private final Agreement agreement;
    private final Timeline timeline;
    private final List<Diagnostic> findings = new ArrayList<>();

    private Checks(Agreement agreement) {
        this.agreement = agreement;
        this.timeline = new Timeline(agreement);
    }

    public static List<Diagnostic> check(Agreement agreement) {
        return check(agreement, true);
    }

    /**
     * As {@link #check(Agreement)}; when not {@code whole} (a file with errors, of which only the
     * clauses that decoded cleanly are here), what is unused is not said: the clauses left out
     * may well use it.
     */
    public static List<Diagnostic> check(Agreement agreement, boolean whole) {
        Checks checks = new Checks(agreement);
        checks.run(whole);
        return checks.findings.stream().sorted(Diagnostic.ORDER).toList();
    }

    private void run(boolean whole) {
        List<Clause> clauses = agreement.clauses();
        for (Clause c : clauses) clause(c);
        for (long pair : pairs(clauses)) pair(clauses.get((int) (pair >>> 32)), clauses.get((int) pair));
        if (whole) unused();
    }

    /**
     * The pairs of clauses (earlier, later) that a pair rule could fire on, in file order, found
     * through groups: exclusive grants of the same object or place; an obligation and a
     * prohibition of the same party and action; a permission and an exclusive duty of the same
     * party and object or action. Comparing every pair would take hours on 100,000 clauses.
     */
    private static long[] pairs(List<Clause> clauses) {
        Map<String, List<Integer>> grants = new HashMap<>();
        Map<String, List<Integer>> duties = new HashMap<>();
        Map<String, List<Integer>> permissions = new HashMap<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (grants(c) && Boolean.TRUE.equals(c.exclusive())) {
                group(grants, "object", c.object(), i);
                group(grants, "where", c.where(), i);
            }
            if (c.modality() == Modality.OBLIGATION || c.modality() == Modality.PROHIBITION) {
                for (String p : c.party()) group(duties, p, c.action(), i);
            }
            if (c.modality() == Modality.PERMISSION
                    || c.modality() == Modality.OBLIGATION && Boolean.TRUE.equals(c.exclusive())) {
                for (String p : c.party()) {
                    group(permissions, p + "\0object", c.object(), i);
                    group(permissions, p + "\0action", c.action(), i);
                }
            }
        }
        Pairs out = new Pairs();
        for (List<Integer> g : grants.values()) out.within(g, clauses, null, null);
        for (List<Integer> g : duties.values()) out.within(g, clauses, Modality.OBLIGATION, Modality.PROHIBITION);
        for (List<Integer> g : permissions.values()) out.within(g, clauses, Modality.PERMISSION, Modality.OBLIGATION);
        return out.sorted();
    }

    /** Pairs of clause positions, packed in longs (earlier in the high half): no boxing for millions. */
    private static final class Pairs {
        private long[] pairs = new long[64];
        private int size;

        /** The pairs within a group; with modalities given, only pairs of one of each. */
        void within(List<Integer> g, List<Clause> clauses, Modality one, Modality other) {
            for (int x = 0; x < g.size(); x++) {
                for (int y = x + 1; y < g.size(); y++) {
                    Modality mx = clauses.get(g.get(x)).modality(), my = clauses.get(g.get(y)).modality();
                    if (one != null && !(mx == one && my == other || mx == other && my == one)) continue;
                    if (size == pairs.length) pairs = Arrays.copyOf(pairs, size * 2);
                    pairs[size++] = ((long) g.get(x) << 32) | g.get(y);
                }
            }
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(pairs, size);
            Arrays.sort(out);
            int n = 0;
            for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[n++] = out[i];
            return Arrays.copyOf(out, n);
        }
    }

    /** Groups by a value as {@link #same} compares them: stripped, case folded code point by code point. */
    private static void group(Map<String, List<Integer>> groups, String what, String value, int clause) {
        if (value == null) return;
        StringBuilder key = new StringBuilder(what).append('\0');
        value.strip().codePoints().forEach(cp -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(clause);
    }

    private void clause(Clause c) {
        if (c.text() == null) report(Rule.MISSING_TEXT, c.location(), "clause '" + c.id() + "' has no text");
        if (!Lexicon.KINDS.containsKey(c.kind())) {
            String near = Words.nearest(c.kind(), Lexicon.KINDS.keySet());
            report(Rule.UNKNOWN_KIND, c.location(), "clause '" + c.id() + "': kind '" + c.kind()
                    + "' is not in the known vocabulary" + (near != null ? "; did you mean '" + near + "'?" : ""));
        }
        for (String field : new String[] {"object", "where"}) {
            String value = field.equals("object") ? c.object() : c.where();
            if (value == null || agreement.definitions().containsKey(value)) continue;
            for (Definition d : agreement.definitions().values()) {
                if (oneEdit(value, d.id()) || oneEdit(value, d.name())) {
                    report(Rule.PROBABLE_TYPO, c.location(), "clause '" + c.id() + "': " + field + " '" + value
                            + "' is free text one edit away from definition '" + d.id() + "'; did you mean '" + d.id() + "'?");
                    break;
                }
            }
        }
        Status s = timeline.status(c, END_OF_TIME);
        if (agreement.effective() != null && c.effective() instanceof Bound.OnDate d
                && d.date().isBefore(agreement.effective())) {
            report(Rule.STARTS_BEFORE_AGREEMENT, c.location(), "clause '" + c.id() + "' starts on " + d.date()
                    + ", before the agreement (" + agreement.effective() + ")");
        }
        for (Clause later : timeline.supersededBy(c)) {
            LocalDate supersederStart = timeline.start(later, END_OF_TIME);
            if (s.start() != null && supersederStart != null && supersederStart.isBefore(s.start())) {
                report(Rule.SUPERSEDES_LATER, later.location(), "clause '" + later.id() + "' (from " + supersederStart
                        + ") supersedes '" + c.id() + "', which starts later (" + s.start() + "), so it never applies");
            }
        }
    }

    private void pair(Clause a, Clause b) {
        if (!overlap(a, b)) return;
        if (grants(a) && grants(b) && Boolean.TRUE.equals(a.exclusive()) && Boolean.TRUE.equals(b.exclusive())
                && !a.party().equals(b.party()) && (same(a.object(), b.object()) || same(a.where(), b.where()))) {
            String what = same(a.object(), b.object()) ? "object '" + a.object() + "'" : "place '" + a.where() + "'";
            report(Rule.EXCLUSIVE_OVERLAP, b.location(), "clauses '" + a.id() + "' and '" + b.id()
                    + "' both grant exclusivity over " + what + " to different parties at the same time");
        }
        if (isDutyConflict(a, b) || isDutyConflict(b, a)) {
            report(Rule.DUTY_CONFLICT, b.location(), "'" + a.id() + "' and '" + b.id() + "' oblige and prohibit "
                    + String.join(", ", a.party()) + " to " + a.action() + " at the same time");
        }
        permissionExcluded(a, b);
        permissionExcluded(b, a);
    }

    /** Rights and permissions grant something; duties and statements do not. */
    private static boolean grants(Clause c) {
        return c.modality() == Modality.RIGHT || c.modality() == Modality.PERMISSION;
    }

    private static boolean isDutyConflict(Clause obligation, Clause prohibition) {
        return obligation.modality() == Modality.OBLIGATION && prohibition.modality() == Modality.PROHIBITION
                && obligation.party().stream().anyMatch(prohibition.party()::contains)
                && same(obligation.action(), prohibition.action()) && Objects.equals(obligation.object(), prohibition.object());
    }

    private void permissionExcluded(Clause permission, Clause exclusive) {
        if (permission.modality() != Modality.PERMISSION || exclusive.modality() != Modality.OBLIGATION
                || !Boolean.TRUE.equals(exclusive.exclusive()) || permission.where() == null || exclusive.where() == null
                || same(permission.where(), exclusive.where())
                || permission.party().stream().noneMatch(exclusive.party()::contains)
                || !(same(permission.object(), exclusive.object()) || same(permission.action(), exclusive.action()))) {
            return;
        }
        String place = agreement.label(permission.where()).toLowerCase(Locale.ROOT);
        boolean excepted = exclusive.exceptions().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(place)
                || x.toLowerCase(Locale.ROOT).contains(permission.where()));
        if (!excepted) {
            report(Rule.PERMISSION_EXCLUDED, permission.location(), "clause '" + permission.id() + "' permits "
                    + "it in '" + permission.where() + "', but '" + exclusive.id() + "' requires it exclusively in '"
                    + exclusive.where() + "' with no exception for it");
        }
    }

    private boolean overlap(Clause a, Clause b) {
        Status x = timeline.status(a, END_OF_TIME), y = timeline.status(b, END_OF_TIME);
        LocalDate xs = x.start() == null ? LocalDate.MIN : x.start(), ys = y.start() == null ? LocalDate.MIN : y.start();
        LocalDate xe = x.lastDay() == null ? LocalDate.MAX : x.lastDay(), ye = y.lastDay() == null ? LocalDate.MAX : y.lastDay();
        return !xs.isAfter(ye) && !ys.isAfter(xe);
    }

    private void unused() {
        List<Clause> clauses = agreement.clauses();
        // what the clauses refer to, gathered in one pass: a portfolio has thousands of parties
        Set<String> parties = new HashSet<>(), things = new HashSet<>(), events = new HashSet<>();
        for (Clause c : clauses) {
            parties.addAll(c.party());
            parties.addAll(c.counterparty());
            if (c.object() != null) things.add(c.object());
            if (c.where() != null) things.add(c.where());
            if (Bound.event(c.effective()) != null) events.add(Bound.event(c.effective()));
            for (Bound b : c.until()) if (Bound.event(b) != null) events.add(Bound.event(b));
            if (c.due() instanceof dev.terms.model.Due.By by && Bound.event(by.when()) != null) events.add(Bound.event(by.when()));
        }
        for (Bound b : agreement.until()) if (Bound.event(b) != null) events.add(Bound.event(b));
        if (agreement.renewal() != null) {
            if (agreement.renewal().unless() != null) events.add(agreement.renewal().unless());
            parties.addAll(agreement.renewal().by());
        }
        for (Named p : agreement.parties().values()) {
            if (!parties.contains(p.id())) {
                report(Rule.UNUSED_PARTY, p.location(), Named.named(p) + " is in no clause");
            }
        }
        for (Definition d : agreement.definitions().values()) {
            boolean used = things.contains(d.id()) || clauses.stream().anyMatch(c -> namedIn(d, c));
            if (!used) report(Rule.UNUSED_DEFINITION, d.location(), Named.named(d) + " is used by no clause");
        }
        for (var e : agreement.events().values()) {
            if (!events.contains(e.id())) report(Rule.UNUSED_EVENT, e.location(), Named.named(e) + " starts or ends nothing");
        }
    }

    /** Whether a clause's own words name a definition (by name or alias), as prose does. */
    private static boolean namedIn(Definition d, Clause c) {
        String words = (" " + String.join(" ", c.action() == null ? "" : c.action(), c.purpose() == null ? "" : c.purpose(),
                c.text() == null ? "" : c.text(), String.join(" ", c.conditions()), String.join(" ", c.exceptions()))
                + " ").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        List<String> names = new ArrayList<>(d.aliases());
        names.add(d.name());
        for (String n : names) {
            String key = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (!key.isEmpty() && words.contains(" " + key + " ")) return true;
        }
        return false;
    }

    private static boolean refers(Bound b, String event) {
        return event.equals(Bound.event(b));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private static boolean oneEdit(String a, String b) {
        return !a.equalsIgnoreCase(b) && Words.distanceAtMost(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT), 1) == 1;
    }

    private void report(Rule rule, Location at, String message) {
        findings.add(new Diagnostic(at, rule.severity(), rule.code(), message));
    }
}
