package dev.terms.question;

import java.util.Locale;

/** Something in the loaded files (or the kind lexicon) that a question can name. */
public record Entity(Kind kind, String id, String agreement) {

    public enum Kind {
        PARTY, DEFINITION, EVENT, CLAUSE, CLAUSE_KIND;

        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
