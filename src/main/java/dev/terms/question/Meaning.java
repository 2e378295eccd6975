package dev.terms.question;

import java.util.Locale;

/**
 * How a word of a question relates to a word of a clause: the same word, a synonym, a broader or
 * narrower term, a derived form (terminate ~ termination), or a different word. The general
 * English relations come from WordNet, the contract usage it lacks from the domain lexicon.
 */
public final class Meaning {

    private Meaning() {}

    public enum Relation {
        SAME, SYNONYM, BROADER, NARROWER, DERIVED, DIFFERENT;

        /** Whether the clause's word covers the question's: a right to "transfer" covers "sell". */
        public boolean covers() {
            return this == SAME || this == SYNONYM || this == BROADER || this == DERIVED;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The relation of a question's word to a clause's word, both as written (any inflection). */
    public static Relation relate(String asked, String stated) {
        if (asked.equals(stated) || Text.stem(asked).equals(Text.stem(stated))) return Relation.SAME;
        return Relation.DIFFERENT;
    }
}
