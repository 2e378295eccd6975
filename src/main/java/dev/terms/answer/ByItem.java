package dev.terms.answer;

import dev.terms.model.Corpus;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A value per clause of one corpus, found by the clause's place in {@link Corpus#items()}: on a broad
 * question over 100,000 clauses, hashing thousands of clauses into maps was a fifth of the time. A clause
 * made elsewhere (or from another corpus) is kept in a map, so this holds what a map by clause would.
 */
final class ByItem<V> {

    private final Corpus.Item[] keys;
    private final Object[] values;
    private Map<Corpus.Item, V> others;

    ByItem(int size) {
        keys = new Corpus.Item[size];
        values = new Object[size];
    }

    private boolean placed(Corpus.Item it) {
        int i = it.ordinal();
        return i >= 0 && i < keys.length && (keys[i] == null || keys[i].equals(it));
    }

    @SuppressWarnings("unchecked")
    V get(Corpus.Item it) {
        int i = it.ordinal();
        if (i >= 0 && i < keys.length && keys[i] != null && keys[i].equals(it)) return (V) values[i];
        return others == null ? null : others.get(it);
    }

    void put(Corpus.Item it, V value) {
        if (placed(it)) {
            keys[it.ordinal()] = it;
            values[it.ordinal()] = value;
        } else {
            if (others == null) others = new HashMap<>();
            others.put(it, value);
        }
    }

    V computeIfAbsent(Corpus.Item it, Function<Corpus.Item, V> make) {
        V v = get(it);
        if (v == null) {
            v = make.apply(it);
            if (v != null) put(it, v);
        }
        return v;
    }
}
