package dev.terms.answer;

import dev.terms.model.Clause;
import dev.terms.question.Frame;
import dev.terms.question.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** "Who holds …", "whom must X pay": the parties on the side the question asks for, each once. */
final class WhoProjection implements Projection {

    @Override
    public Projected project(Query q, List<Engine.Weighed> chosen) {
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Engine.Weighed w : chosen) {
            Clause c = w.item().clause();
            // "whom must the licensee indemnify?" asks for the one the duty is owed to
            boolean whom = q.frame().asked() == Frame.Asked.WHOM && !c.counterparty().isEmpty();
            List<String> ids = (w.relation() == Engine.Relation.DIRECT) != whom ? c.party() : c.counterparty();
            List<String> others = ids.stream().filter(p -> !q.parties().contains(p)).toList();
            if (others.isEmpty() && whom) {
                // "to whom does each Contributor grant …": the party named acts, the one asked for is the other side
                List<String> side = ids == c.party() ? c.counterparty() : c.party();
                others = side.stream().filter(p -> !q.parties().contains(p)).toList();
            }
            if (!others.isEmpty()) ids = others;
            for (String id : ids) {
                if (!seen.add(w.item().agreement().id() + "/" + id)) continue;
                String sentence = w.relation() == Engine.Relation.DIRECT && !whom ? Sentences.rule(w.item(), List.of(id))
                        : w.item().agreement().label(id) + " is owed this: " + Sentences.rule(w.item());
                answers.add(new Answer(new Value.Party(id), w.item().agreement().label(id), w.item(),
                        w.item().agreement(), w.status(), Sentences.inForce(q, w.status(), sentence)));
            }
        }
        return Projected.of(answers);
    }
}
