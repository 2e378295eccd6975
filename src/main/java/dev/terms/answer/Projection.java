package dev.terms.answer;

import dev.terms.question.Query;
import java.util.List;

/**
 * One answer type's projection: the clauses chosen for a question become the answers it asks for
 * (the party, the place, the amount, the dates or period, how often, the clause), each citing its
 * clause. Yes and no are projected from the decision instead ({@link YesNoProjection}).
 */
sealed interface Projection permits WhoProjection, WhereProjection, HowMuchProjection, WhenProjection,
        HowLongProjection, HowOftenProjection, WhatProjection {

    Projected project(Query q, List<Engine.Weighed> chosen);

    /** "How much notice …", "how many days' notice …": the clause's notice period answers it (format 1.1). */
    static boolean asksNotice(Query q) {
        return q.frame().words().stream().anyMatch(t -> t.stem().startsWith("notic"));
    }

    /** The answers, and a note for when there are none that says why. */
    record Projected(List<Answer> answers, String note) {
        static Projected of(List<Answer> answers) {
            return new Projected(answers, null);
        }
    }
}
