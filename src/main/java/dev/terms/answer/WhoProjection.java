package dev.terms.answer;

import dev.terms.model.Clause;
import dev.terms.question.Frame;
import dev.terms.question.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** "Who holds …", "whom must X pay": the parties on the side the question asks for, each once. */
final class WhoProjection implements Projection {

    @Override
    public Projected project(Query q, List<Engine.Weighed> chosen) {
        List<Answer> answers = new ArrayList<>();
        // each party once per agreement (ids have no '/', so the pair is the key)
        Set<Seen> seen = new HashSet<>(2 * chosen.size()); // (sized for a party a clause: a broad question has thousands)
        boolean asksWhom = q.frame().asked() == Frame.Asked.WHOM;
        for (Engine.Weighed w : chosen) {
            Clause c = w.item().clause();
            // "whom must the licensee indemnify?" asks for the one the duty is owed to
            boolean whom = asksWhom && !c.counterparty().isEmpty();
            List<String> ids = (w.relation() == Engine.Relation.DIRECT) != whom ? c.party() : c.counterparty();
            List<String> others = others(ids, q.parties());
            if (others.isEmpty() && whom) {
                // "to whom does each Contributor grant …": the party named acts, the one asked for is the other side
                List<String> side = ids == c.party() ? c.counterparty() : c.party();
                others = others(side, q.parties());
            }
            if (!others.isEmpty()) ids = others;
            for (String id : ids) {
                if (!seen.add(new Seen(w.item().agreement().id(), id))) continue;
                // the party's name, looked up once for the answer and its sentence (the names of one party)
                String label = w.item().agreement().label(id);
                String sentence = w.relation() == Engine.Relation.DIRECT && !whom ? Sentences.ruleFor(w.item(), label)
                        : label + " is owed this: " + Sentences.rule(w.item());
                answers.add(new Answer(new Value.Party(id), label, w.item(),
                        w.item().agreement(), w.status(), Sentences.inForce(q, w.status(), sentence)));
            }
        }
        return Projected.of(answers);
    }

    private record Seen(String agreement, String party) {
        // written out: a record's own are linked at run time, which costs more than they do
        @Override
        public boolean equals(Object o) {
            return o instanceof Seen s && agreement.equals(s.agreement) && party.equals(s.party);
        }

        @Override
        public int hashCode() {
            return 31 * agreement.hashCode() + party.hashCode();
        }
    }

    /** The ids the question does not name. */
    private static List<String> others(List<String> ids, List<String> named) {
        if (named.isEmpty()) return ids;
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) if (!named.contains(id)) out.add(id);
        return out;
    }
}
