package dev.terms.answer;

import dev.terms.model.Clause;
import dev.terms.model.Due;
import dev.terms.model.Duration;
import dev.terms.question.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        if (!answers.isEmpty()) return Projected.of(answers);
        // a recurrence stated in words: "no more than one audit in any three-month period", "monthly"
        for (Engine.Weighed w : chosen) {
            Clause c = w.item().clause();
            for (String field : new String[] {c.amount(), c.action(), c.title()}) {
                Matcher m = field == null ? null : FREQUENCY.matcher(field);
                if (m == null || !m.find()) continue;
                String words = m.group().strip();
                answers.add(new Answer(new Value.Text(words), words, w.item(), w.item().agreement(), w.status(),
                        Sentences.capitalise(c.title()) + ": " + words + "."));
                break;
            }
        }
        return answers.isEmpty() ? otherwise.project(q, chosen) : Projected.of(answers);
    }

    private static final Pattern FREQUENCY = Pattern.compile("(?i)(?:\\b(?:no more than|"
            + "not more than|at most|up to)\\s+)?\\b(?:once|twice|one|two|three|\\d+)\\b(?:\\s+\\w+)?\\s+(?:time\\s+|times\\s+)?"
            + "(?:in|per|each|every|a)\\s+(?:any\\s+|each\\s+|calendar\\s+)?[\\w-]*?\\b(?:day|week|month|quarter|year|period)s?\\b(?:\\s+period\\b)?"
            + "|\\b(?:daily|weekly|monthly|quarterly|annually|yearly|biweekly)\\b");
}
