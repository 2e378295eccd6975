package dev.terms.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What kind of rule a clause is, in the sense of ODRL and LegalRuleML. */
public enum Modality {
    RIGHT, OBLIGATION, PROHIBITION, PERMISSION, STATEMENT;

    /** (made once: every clause a question is unified with states its modality) */
    private final String word = name().toLowerCase(Locale.ROOT);

    /** The word used in terms files and JSON. */
    public String word() {
        return word;
    }

    public static Modality of(String word) {
        for (Modality m : values()) if (m.word().equals(word)) return m;
        return null;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Modality::word).toList();
    }
}
