package dev.terms.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An agreement's clauses: an immutable list that also finds a clause by id without a scan, since
 * names are resolved for every clause listed or answered and a portfolio has 100,000 of them.
 */
final class ClauseList extends AbstractList<Clause> implements RandomAccess {

    private final Clause[] clauses;
    /** Made on first use; a race makes it twice, the same. */
    private volatile Map<String, Clause> byId;

    private ClauseList(Clause[] clauses) {
        this.clauses = clauses;
    }

    static ClauseList of(List<Clause> clauses) {
        return clauses instanceof ClauseList l ? l : new ClauseList(clauses.toArray(new Clause[0]));
    }

    @Override
    public Clause get(int index) {
        return clauses[index];
    }

    @Override
    public int size() {
        return clauses.length;
    }

    /** The first clause with this id, or null. */
    Clause byId(String id) {
        Map<String, Clause> m = byId;
        if (m == null) {
            m = new HashMap<>();
            for (Clause c : clauses) m.putIfAbsent(c.id(), c);
            byId = m;
        }
        return m.get(id);
    }
}
