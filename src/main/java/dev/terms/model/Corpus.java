package dev.terms.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The agreements loaded for one run, each with its timeline. */
public final class Corpus {

    /** A clause together with the agreement it belongs to. */
    public record Item(Agreement agreement, Clause clause) {
        // by identity of the clause: hashing a record would hash the whole agreement, and bootstrap
        // the record's generated methods through invokedynamic on the start-up path
        @Override
        public boolean equals(Object o) {
            return o instanceof Item i && i.clause == clause && i.agreement == agreement;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(clause);
        }
    }

    private final Map<String, Timeline> timelines = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();

    public Corpus(List<Agreement> agreements) {
        for (Agreement a : agreements) {
            timelines.put(a.id(), new Timeline(a));
            for (Clause c : a.clauses()) items.add(new Item(a, c));
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
