package dev.terms.quote;

import dev.terms.model.Location;

/** What became of one clause's quotation when looked for in its source's text. */
public sealed interface Quotation permits Quotation.Found, Quotation.Missing, Quotation.Unchecked {

    /** Where the quotation starts in the contract's text. */
    record Found(Location at) implements Quotation {}

    /** Not in the text; {@code closest} is the nearest passage (null when the text has no words). */
    record Missing(String file, SourceText.Closest closest) implements Quotation {}

    /** There is no text to look in: the clause's source names no file, or the file cannot be read. */
    record Unchecked(String why) implements Quotation {}

    /** The verdict in one word, for JSON: {@code found}, {@code missing}, {@code unchecked}. */
    static String word(Quotation q) {
        if (q instanceof Found) return "found";
        if (q instanceof Missing) return "missing";
        if (q instanceof Unchecked) return "unchecked";
        throw new AssertionError(q);
    }

    default String word() {
        return word(this);
    }
}
