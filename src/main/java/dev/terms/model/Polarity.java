package dev.terms.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a clause states that its party holds or owes what it says ({@code positive}, the default)
 * or that it does not ({@code negative}: no warranty, not liable for lost profits, no licence granted).
 */
public enum Polarity {
    POSITIVE, NEGATIVE;

    /** The word used in terms files and JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Polarity of(String word) {
        for (Polarity p : values()) if (p.word().equals(word)) return p;
        return null;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Polarity::word).toList();
    }
}
