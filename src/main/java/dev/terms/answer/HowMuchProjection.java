package dev.terms.answer;

import dev.terms.model.Clause;
import dev.terms.question.Query;
import java.util.List;

/** "How much", "what is the fee": the amount each clause states; "how much notice": its notice (format 1.1). */
final class HowMuchProjection implements Projection {

    @Override
    public Projected project(Query q, List<Engine.Weighed> chosen) {
        boolean asksNotice = Projection.asksNotice(q);
        return Projected.of(chosen.stream().map(w -> howMuch(w, asksNotice)).toList());
    }

    private static Answer howMuch(Engine.Weighed w, boolean asksNotice) {
        Clause c = w.item().clause();
        if (c.notice() != null && (asksNotice || c.amount() == null)) {
            return new Answer(new Value.Text(c.notice().text()), Sentences.notice(c.notice()), w.item(),
                    w.item().agreement(), w.status(), Sentences.capitalise(c.title()) + ": " + Sentences.notice(c.notice()) + ".");
        }
        return new Answer(new Value.Text(c.amount()), c.amount(), w.item(), w.item().agreement(), w.status(),
                Sentences.capitalise(c.title()) + ": " + c.amount() + ".");
    }
}
