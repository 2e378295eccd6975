package dev.terms.render;

import dev.terms.answer.Sentences;

/**
 * An answer's sentence as printed: it starts with a capital, whatever the name it starts with
 * ("the Customer must pay" is "The Customer must pay"), unless that name is written with a small first
 * letter on purpose ("iMine"). The engine composes sentences from the
 * file's names as written; every output that prints one goes through here.
 */
public final class Sentence {

    private Sentence() {}

    public static String of(String sentence) {
        return Sentences.capitalise(sentence);
    }
}
