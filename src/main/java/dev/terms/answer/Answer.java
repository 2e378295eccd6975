package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Corpus;
import dev.terms.model.Status;

/**
 * One answer: its value and human label, the clause that supports it (null when the agreement
 * as a whole answers), that clause's status at the date asked, and a sentence saying it.
 */
public record Answer(Value value, String label, Corpus.Item clause, Agreement agreement, Status status,
        String sentence) {

    public Object jsonValue() {
        return Value.json(value);
    }
}
