package dev.terms.load;

import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Due;
import dev.terms.model.Event;
import dev.terms.model.Location;
import dev.terms.model.Renewal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What holds between the parts of one file, once they are decoded: every party, event and
 * clause a clause names exists, no clause ends before it starts, and no supersession goes
 * round in a cycle. It runs on whatever decoded, so a file whose structure is broken still has
 * its references checked (a party that is declared counts, even if its own fields are broken).
 */
final class References {

    private References() {}

    static void check(Draft d, Problems problems) {
        for (Bound b : d.until()) {
            event(d, b, d.untilAt(), null, problems);
            if (b instanceof Bound.Relative r && r.from() instanceof Bound.End)
                problems.error(d.at(d.untilAt()), "until-from-end",
                        "agreement: until cannot count from the agreement's own end; count from start, a date or an event");
        }
        renewal(d, problems);
        List<Clause> clauses = d.clauses();
        Map<String, Clause> byId = new HashMap<>();
        for (Clause c : clauses) if (c.id() != null) byId.put(c.id(), c);
        // a location and a "clause 'x'" are made only for an error: a large file has few, and 100,000 clauses
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (c.id() == null) continue; // a clause without a valid id is reported as such; its references cannot be named
            for (String p : c.party()) if (!isParty(d, p)) notParty(d, p, d.at(i, Draft.PARTY), what(c), "party", problems);
            for (String p : c.counterparty()) {
                if (!isParty(d, p)) notParty(d, p, d.at(i, Draft.COUNTERPARTY), what(c), "counterparty", problems);
            }
            if (c.effective() != null) event(d, c.effective(), d.packedAt(i, Draft.EFFECTIVE), c, problems);
            for (Bound b : c.until()) event(d, b, d.packedAt(i, Draft.UNTIL), c, problems);
            if (c.due() instanceof Due.By by) event(d, by.when(), d.packedAt(i, Draft.DUE), c, problems);
            for (String s : c.supersedes()) {
                if (s.equals(c.id())) {
                    problems.error(d.at(i, Draft.SUPERSEDES), "supersession-cycle", what(c) + " supersedes itself");
                } else if (!byId.containsKey(s)) {
                    problems.error(d.at(i, Draft.SUPERSEDES), "reference", what(c) + " supersedes '" + s
                            + "', which is not a clause" + problems.hint(s, byId.keySet()));
                }
            }
            LocalDate start = c.effective() == null ? d.effective() : known(d, c.effective());
            for (Bound b : c.until()) {
                LocalDate end = known(d, b);
                if (start != null && end != null && end.isBefore(start)) {
                    problems.error(d.at(i, Draft.UNTIL), "until-before-effective", what(c) + ": until " + end
                            + " is before its effective date " + start);
                }
            }
        }
        cycles(clauses, byId, problems);
    }

    private static LocalDate known(Draft d, Bound b) {
        if (b instanceof Bound.OnDate on) return on.date();
        if (b instanceof Bound.OnEvent e) {
            Event ev = d.events().get(e.event());
            return ev == null ? null : ev.date();
        }
        if (b instanceof Bound.Relative r) {
            LocalDate from = known(d, r.from());
            return from == null ? null : r.before() ? r.offset().before(from) : r.offset().after(from);
        }
        if (b instanceof Bound.Start) return d.effective();
        if (b instanceof Bound.End) return null; // renewals and events make it a matter of the date asked
        throw new AssertionError(b);
    }

    /** The renewal's parties and event exist, and it has a first term to renew. */
    private static void renewal(Draft d, Problems problems) {
        Renewal r = d.renewal();
        if (r == null) return;
        for (String p : r.by()) {
            if (!isParty(d, p)) notParty(d, p, d.at(d.renewalAt()[Draft.RENEWAL_BY]), "agreement: renewal", "by", problems);
        }
        if (r.unless() != null && d.eventIds() != null && !d.eventIds().contains(r.unless())) {
            problems.error(d.at(d.renewalAt()[Draft.RENEWAL_UNLESS]), "reference", "agreement: renewal: unless '" + r.unless()
                    + "' is not an event" + problems.hint(r.unless(), d.eventIds()));
        }
        if (r.automatic() && d.until().stream().noneMatch(b -> Bound.event(b) == null || b instanceof Bound.Relative)) {
            problems.error(d.at(d.renewalAt()[Draft.RENEWAL_KEY]), "renewal", "agreement: renewal needs a first term to renew: "
                    + "give until a date or a time after start ('2 years after start')");
        }
    }

    private static boolean isParty(Draft d, String id) {
        return d.partyIds() == null || d.partyIds().contains(id);
    }

    private static void notParty(Draft d, String id, Location at, String what, String field, Problems problems) {
        problems.error(at, "reference", what + ": " + field + " '" + id + "' is not a party" + problems.hint(id, d.partyIds()));
    }

    private static String what(Clause c) {
        return "clause '" + c.id() + "'";
    }

    /**
     * A bound's event, when it names one, is declared. {@code at}: packed, as {@link Draft#at(long)}
     * reads it; {@code c}: the clause whose bound it is, null for the agreement's own.
     */
    private static void event(Draft d, Bound b, long at, Clause c, Problems problems) {
        String event = b instanceof Bound.Relative r && r.from() instanceof Bound.OnEvent e ? e.event()
                : b instanceof Bound.OnEvent e ? e.event() : null;
        if (event == null || d.eventIds() == null || d.eventIds().contains(event)) return;
        String what = c == null ? "agreement" : what(c);
        String written = b instanceof Bound.Relative ? " in '" + Bound.text(b) + "'" : "";
        problems.error(d.at(at), "reference", what + ": '" + event + "'" + written
                + " is neither a date (YYYY-MM-DD) nor an event" + problems.hint(event, d.eventIds()));
    }

    /**
     * Supersession cycles, one error per strongly connected set of clauses, located at its first
     * clause and showing one shortest way round. Tarjan's algorithm with an explicit stack: time
     * linear in clauses and edges, and no recursion, so a chain of any length is fine.
     */
    private static void cycles(List<Clause> all, Map<String, Clause> byId, Problems problems) {
        List<Clause> clauses = all.stream().filter(c -> c.id() != null).toList();
        int n = clauses.size();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) position.put(clauses.get(i).id(), i); // the last of duplicates, as byId
        int[][] next = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> ids = byId.get(clauses.get(i).id()).supersedes();
            int[] to = new int[ids.size()];
            int k = 0;
            for (String id : ids) {
                Integer j = position.get(id);
                if (j != null && j != position.get(clauses.get(i).id())) to[k++] = j; // self: reported already
            }
            next[i] = Arrays.copyOf(to, k);
        }
        int[] number = new int[n], low = new int[n], edge = new int[n], calls = new int[n], stack = new int[n];
        Arrays.fill(number, -1);
        boolean[] onStack = new boolean[n];
        int counter = 0, top = 0;
        List<int[]> components = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (number[s] >= 0 || position.get(clauses.get(s).id()) != s) continue;
            int depth = 0;
            number[s] = low[s] = counter++;
            stack[top++] = s;
            onStack[s] = true;
            calls[depth++] = s;
            while (depth > 0) {
                int v = calls[depth - 1];
                if (edge[v] < next[v].length) {
                    int w = next[v][edge[v]++];
                    if (number[w] < 0) {
                        number[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        calls[depth++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], number[w]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) low[calls[depth - 1]] = Math.min(low[calls[depth - 1]], low[v]);
                if (low[v] != number[v]) continue;
                int from = top;
                do {
                    onStack[stack[--from]] = false;
                } while (stack[from] != v);
                if (top - from > 1) components.add(Arrays.copyOfRange(stack, from, top));
                top = from;
            }
        }
        if (components.size() > 1) components.sort((x, y) -> Integer.compare(min(x), min(y)));
        for (int[] members : components) {
            int first = min(members);
            problems.error(clauses.get(first).location(), "supersession-cycle", "supersession cycle: "
                    + clauses.get(first).id() + " → " + String.join(" → ", wayRound(first, members, next, clauses)));
        }
    }

    private static int min(int[] members) {
        int min = Integer.MAX_VALUE;
        for (int m : members) min = Math.min(min, m);
        return min;
    }

    /** A shortest way from {@code start} back to itself inside its component (breadth first). */
    private static List<String> wayRound(int start, int[] members, int[][] next, List<Clause> clauses) {
        Map<Integer, Integer> cameFrom = new HashMap<>();
        Set<Integer> inside = new HashSet<>();
        for (int m : members) inside.add(m);
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : next[v]) {
                if (!inside.contains(w) || cameFrom.containsKey(w)) continue;
                cameFrom.put(w, v);
                if (w == start) {
                    LinkedList<String> path = new LinkedList<>();
                    int at = start;
                    do {
                        path.addFirst(clauses.get(at).id());
                        at = cameFrom.get(at);
                    } while (at != start);
                    return path;
                }
                queue.add(w);
            }
        }
        throw new AssertionError("a component of more than one clause has a way round");
    }
}
