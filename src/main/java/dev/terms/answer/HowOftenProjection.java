package dev.terms.answer;

import dev.terms.model.Due;
import dev.terms.model.Duration;
import dev.terms.question.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * "How often must sales be reported?": how often the clauses recur (format 1.1); where none states
 * a recurrence, what the clauses say, so that a clause in words ("monthly") is still cited.
 */
final class HowOftenProjection implements Projection {

    private final WhatProjection otherwise;

    HowOftenProjection(WhatProjection otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public Projected project(Query q, List<Engine.Weighed> chosen) {
        List<Answer> answers = new ArrayList<>();
        for (Engine.Weighed w : chosen) {
            Duration every = w.item().clause().every();
            if (every == null) continue;
            String words = "every " + (every.count() == 1 ? every.unit().word() : every.text());
            answers.add(new Answer(new Value.Text(every.text()), words, w.item(), w.item().agreement(), w.status(),
                    Sentences.capitalise(w.item().clause().title()) + ": " + words
                    + (w.item().clause().due() != null ? ", due " + Due.words(w.item().clause().due(), every) : "")
                    + "."));
        }
        return answers.isEmpty() ? otherwise.project(q, chosen) : Projected.of(answers);
    }
}
