package dev.terms.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a clause is known, so a reader can weigh an answer. */
public enum Evidence {
    CONTRACT, FILING, OFFICIAL_STATEMENT, PRESS_REPORT;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Evidence of(String word) {
        for (Evidence e : values()) if (e.word().equals(word)) return e;
        return null;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Evidence::word).toList();
    }
}
