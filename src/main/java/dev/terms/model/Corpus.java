package dev.terms.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The agreements loaded for one run, each with its timeline. */
public final class Corpus {

    /**
     * A clause together with the agreement it belongs to. Equal by identity of the two; the hash
     * is the ids', computed once: a question on a large corpus hashes tens of thousands of items,
     * and following the references to the ids each time costs a cache miss or two.
     */
    public static final class Item {
        private final Agreement agreement;
        private final Clause clause;
        private final int ordinal;
        private final int hash;

        public Item(Agreement agreement, Clause clause) {
            this(agreement, clause, -1);
        }

        private Item(Agreement agreement, Clause clause, int ordinal) {
            this.agreement = agreement;
            this.clause = clause;
            this.ordinal = ordinal;
            this.hash = 31 * agreement.id().hashCode() + clause.id().hashCode();
        }

        /** The position in {@link Corpus#items()}, or -1 for an item made elsewhere. */
        public int ordinal() {
            return ordinal;
        }

        public Agreement agreement() {
            return agreement;
        }

        public Clause clause() {
            return clause;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Item i && i.clause == clause && i.agreement == agreement;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return agreement.id() + "/" + clause.id();
        }
    }

    private final Map<String, Timeline> timelines = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();

    public Corpus(List<Agreement> agreements) {
        for (Agreement a : agreements) {
            timelines.put(a.id(), new Timeline(a));
            for (Clause c : a.clauses()) items.add(new Item(a, c, items.size()));
        }
    }

    public List<Agreement> agreements() {
        return timelines.values().stream().map(Timeline::agreement).toList();
    }

    public Timeline timeline(Agreement a) {
        return timelines.get(a.id());
    }

    public List<Item> items() {
        return items;
    }

    public Status status(Item item, java.time.LocalDate day) {
        return timeline(item.agreement()).status(item.clause(), day);
    }

    /** Clauses by id; several when agreements share an id. */
    public List<Item> find(String id) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            String qualified = i.agreement().id() + "/" + i.clause().id();
            if (i.clause().id().equals(id) || qualified.equals(id)) out.add(i);
        }
        return out;
    }
}
