package dev.terms.model;

import java.util.List;

/** Anything people refer to by name in a question: parties, definitions, events, and only those. */
public sealed interface Named permits Party, Definition, Event {
    String id();

    String name();

    List<String> aliases();

    Location location();

    /** What it is, in the words of the file's sections and of every message about it: "party 'acme'". */
    static String word(Named n) {
        if (n instanceof Party) return "party";
        if (n instanceof Definition) return "definition";
        if (n instanceof Event) return "event";
        throw new AssertionError(n);
    }

    /** How messages name it: {@code party 'acme'}. */
    static String named(Named n) {
        return word(n) + " '" + n.id() + "'";
    }
}
