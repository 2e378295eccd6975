package dev.terms.question;

import java.util.Locale;

/** Something in the loaded files (or the kind lexicon) that a question can name. */
public record Entity(Kind kind, String id, String agreement) {

    // written out: a record's generated equals and hashCode bootstrap through invokedynamic,
    // which costs start-up time, and entities are hashed on every question
    @Override
    public boolean equals(Object o) {
        return o instanceof Entity e && kind == e.kind && id.equals(e.id) && java.util.Objects.equals(agreement, e.agreement);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + id.hashCode()) * 31 + (agreement == null ? 0 : agreement.hashCode());
    }

    public enum Kind {
        PARTY, DEFINITION, EVENT, CLAUSE, CLAUSE_KIND;

        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
