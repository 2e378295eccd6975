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
    /** By the id of a clause, and by a clause it supersedes. */
    private final Map<String, List<Corpus.Item>> byId = new HashMap<>();
    private final Map<String, List<Corpus.Item>> bySuperseded = new HashMap<>();
    private final Map<String, List<Corpus.Item>> byKind = new HashMap<>();
    /** By any party, definition or event id the clause refers to. */
    private final Map<String, List<Corpus.Item>> byReference = new HashMap<>();
    private final Map<String, List<Corpus.Item>> byParty = new HashMap<>();
    private final List<Corpus.Item> statedExclusive = new ArrayList<>();
    private final List<Corpus.Item> all;

    Index(Corpus corpus) {
        this.all = corpus.items();
        // kinds, actions, objects and places recur from clause to clause: each is tokenized once
        Map<String, List<String>> stemsOf = new HashMap<>();
        Set<String> stems = new LinkedHashSet<>();
        Set<String> refs = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (Corpus.Item it : all) {
            Clause c = it.clause();
            Agreement a = it.agreement();
            stems.clear();
            for (String f : c.aliases()) stems(f, stems);
            stems(c.title(), stems);
            stems(c.id(), stems);
            for (String f : new String[] {c.kind(), c.action(), c.purpose(), c.amount(), c.object(), c.where()}) {
                if (f != null) stems.addAll(stemsOf.computeIfAbsent(f, Index::stems));
            }
            for (String f : c.tags()) stems.addAll(stemsOf.computeIfAbsent(f, Index::stems));
            for (String f : c.conditions()) stems(f, stems);
            for (String f : c.exceptions()) stems(f, stems);
            for (String ref : new String[] {c.object(), c.where()}) {
                Named n = ref == null ? null : a.named(ref);
                if (n != null) {
                    stems.addAll(stemsOf.computeIfAbsent(n.name(), Index::stems));
                    for (String alias : n.aliases()) stems.addAll(stemsOf.computeIfAbsent(alias, Index::stems));
                }
            }
            for (String stem : stems) post(byStem, stem, it);
            post(byId, c.id(), it);
            post(byKind, c.kind(), it);
            if (!c.supersedes().isEmpty()) for (String s : new LinkedHashSet<>(c.supersedes())) post(bySuperseded, s, it);
            if (c.exclusive() != null) statedExclusive.add(it);
            refs.clear();
            if (c.object() != null) refs.add(c.object());
            if (c.where() != null) refs.add(c.where());
            if (c.effective() instanceof Bound.OnEvent e) refs.add(e.event());
            for (Bound b : c.until()) if (b instanceof Bound.OnEvent e) refs.add(e.event());
            parties.clear();
            parties.addAll(c.party());
            parties.addAll(c.counterparty());
            for (String p : parties) post(byParty, p, it);
            refs.addAll(parties);
            for (String r : refs) post(byReference, r, it);
        }
    }

    /** Adds to a posting list; most lists (an id, a rare word) hold one clause, so one starts as a singleton. */
    private static void post(Map<String, List<Corpus.Item>> index, String key, Corpus.Item it) {
        List<Corpus.Item> items = index.get(key);
        if (items == null) {
            index.put(key, List.of(it));
        } else if (items instanceof ArrayList<Corpus.Item> growing) {
            growing.add(it);
        } else {
            List<Corpus.Item> grown = new ArrayList<>(4);
            grown.addAll(items);
            grown.add(it);
            index.put(key, grown);
        }
    }

    private static void stems(String text, Set<String> out) {
        for (Text.Token t : Text.tokens(text)) out.add(t.stem());
    }

    private static List<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        stems(text, out);
        return List.copyOf(out);
    }

    /**
     * The clauses a query's topic could match, in file order; every clause when it names none.
     * A mention that names only kinds of clause ("right of first refusal") must be met by the
     * kind or a name for any clause to answer, so then only clauses of such a kind are weighed.
     */
    Collection<Corpus.Item> candidates(Query q) {
        if (!q.hasTopic() && q.place() == null) {
            return q.subject() != null ? byParty.getOrDefault(q.subject(), List.of()) : all;
        }
        Set<Corpus.Item> out = new LinkedHashSet<>();
        Set<Corpus.Item> ofKind = null;
        for (Query.Mention m : q.topics()) {
            boolean onlyKinds = !m.entities().isEmpty();
            Set<Corpus.Item> kinds = new LinkedHashSet<>();
            for (Entity e : m.entities()) {
                switch (e.kind()) {
                    case CLAUSE -> {
                        add(out, byId.get(e.id()));
                        add(out, bySuperseded.get(e.id()));
                    }
                    case CLAUSE_KIND -> {
                        add(kinds, byKind.get(e.id()));
                        for (String synonym : Lexicon.KINDS.getOrDefault(e.id(), List.of())) {
                            // a name of filler words only cannot be looked up: weigh everything then
                            if (!phrase(kinds, synonym)) onlyKinds = false;
                        }
                        // a clause stated (non-)exclusive answers "is it exclusive?" whatever its kind
                        if (e.id().equals("exclusivity")) add(kinds, statedExclusive);
                    }
                    case DEFINITION, EVENT, PARTY -> add(out, byReference.get(e.id()));
                    default -> throw new AssertionError(e.kind());
                }
                if (e.kind() != Entity.Kind.CLAUSE_KIND) onlyKinds = false;
            }
            out.addAll(kinds);
            phrase(out, m.text());
            if (onlyKinds) {
                if (ofKind == null) ofKind = kinds;
                else ofKind.retainAll(kinds);
            }
        }
        for (String stem : q.words()) add(out, byStem.get(stem));
        if (q.place() != null) {
            for (Entity e : q.place().entities()) add(out, byReference.get(e.id()));
            phrase(out, q.place().text());
        }
        if (ofKind != null) out.retainAll(ofKind);
        return out;
    }

    /**
     * Clauses whose short fields hold the phrase's rarest stem: a superset the engine then weighs.
     * False when the phrase has no word to look up.
     */
    private boolean phrase(Set<Corpus.Item> out, String phrase) {
        List<Corpus.Item> rarest = null;
        for (Text.Token t : Text.tokens(phrase)) {
            if (Lexicon.NOISE.contains(t.word())) continue;
            List<Corpus.Item> items = byStem.getOrDefault(t.stem(), List.of());
            if (rarest == null || items.size() < rarest.size()) rarest = items;
        }
        add(out, rarest);
        return rarest != null;
    }

    private static void add(Set<Corpus.Item> out, List<Corpus.Item> items) {
        if (items != null) out.addAll(items);
    }
}
