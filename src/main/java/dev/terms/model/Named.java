package dev.terms.model;

import java.util.List;

/** Anything people refer to by name in a question: parties, definitions, events. */
public interface Named {
    String id();

    String name();

    List<String> aliases();
}
