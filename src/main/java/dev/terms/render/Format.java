package dev.terms.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Output formats. {@code table} and {@code markdown} apply where a list is printed, {@code sarif}
 * to check, {@code tap} and {@code junit} to test.
 */
public enum Format {
    TEXT, JSON, YAML, NDJSON, TABLE, MARKDOWN, SARIF, TAP, JUNIT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format of(String word) {
        for (Format f : values()) if (f.word().equals(word.toLowerCase(Locale.ROOT))) return f;
        return null;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Format::word).toList();
    }

    /** Whether this format writes machine-readable data rather than text for people. */
    public boolean structured() {
        return this == JSON || this == YAML || this == NDJSON;
    }
}
