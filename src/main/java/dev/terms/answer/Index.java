package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Named;
import dev.terms.question.Entity;
import dev.terms.question.Lexicon;
import dev.terms.question.Query;
import dev.terms.question.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which clauses a question can be about, without looking at every clause: clauses by the stems
 * of their short fields (names, kind, action, object, where, purpose), by the ids they refer
 * to, and by party. Only these candidates are weighed, so a question costs the same on twenty
 * clauses as on a hundred thousand. The quoted text is not indexed: a match there alone never
 * makes a clause an answer.
 */
final class Index {

    private final Map<String, List<Corpus.Item>> byStem = new HashMap<>();
    private final Map<String, List<Corpus.Item>> byReference = new HashMap<>();
    private final Map<String, List<Corpus.Item>> byParty = new HashMap<>();
    private final List<Corpus.Item> all;

    Index(Corpus corpus) {
        this.all = corpus.items();
        for (Corpus.Item it : all) {
            Clause c = it.clause();
            Agreement a = it.agreement();
            Set<String> stems = new LinkedHashSet<>();
            List<String> fields = new ArrayList<>(c.aliases());
            fields.add(c.title());
            fields.add(c.id().replace('-', ' '));
            fields.add(c.kind().replace('-', ' '));
            for (String f : new String[] {c.action(), c.purpose(), c.amount(), c.object(), c.where()}) {
                if (f != null) fields.add(f);
            }
            fields.addAll(c.tags());
            fields.addAll(c.conditions());
            fields.addAll(c.exceptions());
            for (String ref : new String[] {c.object(), c.where()}) {
                Named n = ref == null ? null : a.named(ref);
                if (n != null) {
                    fields.add(n.name());
                    fields.addAll(n.aliases());
                }
            }
            for (String f : fields) for (Text.Token t : Text.tokens(f)) stems.add(t.stem());
            for (String s : stems) byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(it);
            Set<String> refs = new LinkedHashSet<>();
            refs.add("clause:" + c.id());
            refs.add("kind:" + c.kind());
            if (c.object() != null) refs.add("ref:" + c.object());
            if (c.where() != null) refs.add("ref:" + c.where());
            if (c.effective() instanceof Bound.OnEvent e) refs.add("ref:" + e.event());
            for (Bound b : c.until()) if (b instanceof Bound.OnEvent e) refs.add("ref:" + e.event());
            for (String s : c.supersedes()) refs.add("supersedes:" + s);
            Set<String> parties = new LinkedHashSet<>(c.party());
            parties.addAll(c.counterparty());
            for (String p : parties) {
                byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(it);
                refs.add("ref:" + p);
            }
            for (String r : refs) byReference.computeIfAbsent(r, k -> new ArrayList<>()).add(it);
        }
    }

    /** The clauses a query's topic could match, in file order; every clause when it names none. */
    Collection<Corpus.Item> candidates(Query q) {
        if (!q.hasTopic() && q.place() == null) {
            return q.subject() != null ? byParty.getOrDefault(q.subject(), List.of()) : all;
        }
        Set<Corpus.Item> out = new LinkedHashSet<>();
        for (Query.Mention m : q.topics()) {
            for (Entity e : m.entities()) {
                switch (e.kind()) {
                    case CLAUSE -> {
                        add(out, byReference.get("clause:" + e.id()));
                        add(out, byReference.get("supersedes:" + e.id()));
                    }
                    case CLAUSE_KIND -> {
                        add(out, byReference.get("kind:" + e.id()));
                        for (String synonym : Lexicon.KINDS.getOrDefault(e.id(), List.of())) phrase(out, synonym);
                    }
                    case DEFINITION, EVENT, PARTY -> add(out, byReference.get("ref:" + e.id()));
                    default -> throw new AssertionError(e.kind());
                }
            }
            phrase(out, m.text());
        }
        for (String stem : q.words()) add(out, byStem.get(stem));
        if (q.place() != null) {
            for (Entity e : q.place().entities()) add(out, byReference.get("ref:" + e.id()));
            phrase(out, q.place().text());
        }
        return out;
    }

    /** Clauses whose short fields hold the phrase's rarest stem: a superset the engine then weighs. */
    private void phrase(Set<Corpus.Item> out, String phrase) {
        List<Corpus.Item> rarest = null;
        for (Text.Token t : Text.tokens(phrase)) {
            if (Lexicon.NOISE.contains(t.word())) continue;
            List<Corpus.Item> items = byStem.getOrDefault(t.stem(), List.of());
            if (rarest == null || items.size() < rarest.size()) rarest = items;
        }
        add(out, rarest);
    }

    private static void add(Set<Corpus.Item> out, List<Corpus.Item> items) {
        if (items != null) out.addAll(items);
    }
}
