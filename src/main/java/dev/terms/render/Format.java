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

    /** The one command that writes this format ({@code check} for sarif, {@code test} for tap and junit), else null. */
    public String only() {
        return switch (this) {
            case SARIF -> "check";
            case TAP, JUNIT -> "test";
            default -> null;
        };
    }

    /** The formats a command may be asked for: the common ones and its own. */
    public static List<String> words(String command) {
        return Arrays.stream(values()).filter(f -> f.only() == null || f.only().equals(command)).map(Format::word).toList();
    }

    /** Whether this format writes machine-readable data rather than text for people. */
    public boolean structured() {
        return this == JSON || this == YAML || this == NDJSON;
    }
}
