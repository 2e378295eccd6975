package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Definition;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import dev.terms.question.Frame;
import dev.terms.question.Query;
import dev.terms.question.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "What must X do", "in what field", "which agreements", "what replaced X": the clause, the
 * definition of the kind asked for, the agreement, or the clauses a supersession relates.
 */
final class WhatProjection implements Projection {

    private final Corpus corpus;

    WhatProjection(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public Projected project(Query q, List<Engine.Weighed> chosen) {
        if (q.focus() == Query.Focus.REPLACED_BY || q.focus() == Query.Focus.REPLACES) return replacement(q, chosen);
        List<Answer> answers = new ArrayList<>();
        Set<String> agreements = new LinkedHashSet<>();
        String head = head(q);
        for (Engine.Weighed w : chosen) {
            Clause c = w.item().clause();
            Agreement a = w.item().agreement();
            // "in what field …": the clause's object or place of that kind
            Definition d = head == null ? null : definitionOfKind(a, c, head);
            if (d != null) {
                answers.add(new Answer(new Value.Definition(d.id()), d.name(), w.item(), a, w.status(),
                        Sentences.capitalise(d.name()) + ": " + Sentences.rule(w.item())));
                continue;
            }
            if (q.whichAgreements()) {
                if (agreements.add(a.id())) answers.add(new Answer(new Value.Agreement(a.id()), a.title(), w.item(), a,
                        w.status(), a.title() + ": " + Sentences.inForce(q, w.status(), Sentences.rule(w.item()))));
                continue;
            }
            // "what must X do?" asks for the action; "what must X give?" for the clause that says it
            Frame.Term verb = q.frame().action();
            boolean asksDoing = (verb == null || verb.word().equals("do")) && c.action() != null;
            answers.add(new Answer(new Value.Clause(c.id()), asksDoing ? c.title() + ": " + c.action() : c.title(),
                    w.item(), a, w.status(), Sentences.inForce(q, w.status(), Sentences.rule(w.item()))));
        }
        return Projected.of(answers);
    }

    /** "What replaced X?", "what did X replace?": the clauses the first one chosen relates to. */
    private Projected replacement(Query q, List<Engine.Weighed> chosen) {
        if (chosen.isEmpty()) return Projected.of(List.of());
        Engine.Weighed x = chosen.get(0);
        Timeline t = corpus.timeline(x.item().agreement());
        boolean replacedBy = q.focus() == Query.Focus.REPLACED_BY;
        List<Clause> related = replacedBy ? t.supersededBy(x.item().clause())
                : x.item().clause().supersedes().stream().map(id -> x.item().agreement().clause(id)).toList();
        List<Answer> answers = new ArrayList<>();
        for (Clause c : related) {
            Corpus.Item item = new Corpus.Item(x.item().agreement(), c);
            Status s = t.status(c, q.asOf());
            String sentence = replacedBy
                    ? Sentences.capitalise(c.title()) + " (" + c.id() + ") replaced " + x.item().clause().title()
                      + " on " + s.start() + "."
                    : Sentences.capitalise(x.item().clause().title()) + " replaced " + c.title() + " (" + c.id() + ").";
            answers.add(new Answer(new Value.Clause(c.id()), c.title(), item, item.agreement(), s, sentence));
        }
        return new Projected(answers, related.isEmpty()
                ? "Nothing in the file replaces or is replaced by " + x.item().clause().id() + "." : null);
    }

    /** The noun right after "what" or "which" ("in what field", "which product"), when one stands there. */
    private static String head(Query q) {
        List<Frame.Term> w = q.frame().words();
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!Set.of("what", "which").contains(w.get(i).word())) continue;
            Frame.Term next = w.get(i + 1);
            return next.role() == Frame.Role.THING || next.role() == Frame.Role.OBJECT ? next.stem() : null;
        }
        return null;
    }

    private static Definition definitionOfKind(Agreement a, Clause c, String head) {
        for (String ref : new String[] {c.object(), c.where()}) {
            Definition d = ref == null ? null : a.definitions().get(ref);
            if (d == null) continue;
            boolean kind = d.type() != null && Text.stem(d.type()).equals(head);
            boolean named = (" " + Text.key(d.name()) + " ").contains(" " + head + " ")
                    || d.aliases().stream().anyMatch(x -> Text.key(x).equals(head));
            if (kind || named) return d;
        }
        return null;
    }
}
