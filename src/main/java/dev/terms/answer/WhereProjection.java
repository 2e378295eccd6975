package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.question.Query;
import java.util.List;

/** "Where must the API run?", "which law governs?": each clause's place, a defined one by its id. */
final class WhereProjection implements Projection {

    @Override
    public Projected project(Query q, List<Engine.Weighed> chosen) {
        return Projected.of(chosen.stream().map(WhereProjection::where).toList());
    }

    private static Answer where(Engine.Weighed w) {
        Clause c = w.item().clause();
        Agreement a = w.item().agreement();
        Value v = a.definitions().containsKey(c.where()) ? new Value.Definition(c.where()) : new Value.Text(c.where());
        return new Answer(v, a.label(c.where()), w.item(), a, w.status(), Sentences.placed(w.item()));
    }
}
