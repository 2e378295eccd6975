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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which clauses a question can be about, without looking at every clause: clauses by the stems
 * of their short fields (names, kind, action, object, where, purpose), by the ids they refer
 * to, and by party; the quoted text's stems too (made on first use, or beside the rest on a large
 * corpus), so a phrase found only in a clause's text still makes it a hit. Only hits
 * are weighed, which keeps a question cheap, but its cost still grows with the file (bench/README.md).
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
    /**
     * Stems of the quoted text, filler words left out: never a reason to weigh a clause, only to
     * keep one.
     */
    private final Background<Map<String, List<Corpus.Item>>> byTextStem;
    /** Filler words as stems: the text index leaves them out, so they bound nothing. */
    private static final Set<String> FILLER = fillerStems();
    private final List<Agreement> agreements;
    private final List<Corpus.Item> all;

    Index(Corpus corpus) {
        this.all = corpus.items();
        this.agreements = corpus.agreements();
        // the text's stems are only needed once a question is weighed: on a large corpus, made beside the rest
        this.byTextStem = new Background<>(() -> textStems(all))
                .startIf(all.size() >= Background.FROM_CLAUSES, "terms-text-index");
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
            if (Bound.event(c.effective()) != null) refs.add(Bound.event(c.effective()));
            for (Bound b : c.until()) if (Bound.event(b) != null) refs.add(Bound.event(b));
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

    private static Map<String, List<Corpus.Item>> textStems(List<Corpus.Item> items) {
        Map<String, List<Corpus.Item>> out = new HashMap<>();
        Set<String> stems = new HashSet<>();
        for (Corpus.Item it : items) {
            if (it.clause().text() == null) continue;
            stems.clear();
            for (Text.Token t : Text.tokens(it.clause().text())) {
                if (!FILLER.contains(t.stem()) && stems.add(t.stem())) post(out, t.stem(), it);
            }
        }
        return out;
    }

    private static Set<String> fillerStems() {
        Set<String> out = new HashSet<>();
        for (String w : Lexicon.NOISE) out.add(Text.stem(w));
        return Set.copyOf(out);
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
    Collection<Corpus.Item> hits(Query q) {
        if (!q.hasTopic() && q.place() == null) {
            return q.subject() != null ? byParty.getOrDefault(q.subject(), List.of()) : all;
        }
        Picks out = new Picks();
        Picks ofKind = null;
        for (Query.Mention m : q.topics()) {
            boolean onlyKinds = !m.entities().isEmpty();
            Picks kinds = new Picks();
            for (Entity e : m.entities()) {
                switch (e.kind()) {
                    case CLAUSE -> {
                        out.add(byId.get(e.id()));
                        out.add(bySuperseded.get(e.id()));
                    }
                    case CLAUSE_KIND -> {
                        kinds.add(byKind.get(e.id()));
                        for (String synonym : Lexicon.KINDS.getOrDefault(e.id(), List.of())) {
                            // a name of filler words only cannot be looked up: weigh everything then
                            if (!phrase(kinds, synonym)) onlyKinds = false;
                        }
                        // a clause stated (non-)exclusive answers "is it exclusive?" whatever its kind
                        if (e.id().equals("exclusivity")) kinds.add(statedExclusive);
                    }
                    case DEFINITION, EVENT, PARTY -> out.add(byReference.get(e.id()));
                    default -> throw new AssertionError(e.kind());
                }
                if (e.kind() != Entity.Kind.CLAUSE_KIND) onlyKinds = false;
            }
            out.add(kinds.order);
            phrase(out, m.text());
            if (onlyKinds) {
                if (ofKind == null) ofKind = kinds;
                else ofKind.retain(kinds);
            }
        }
        for (String stem : q.words()) out.add(byStem.get(stem));
        if (q.place() != null) {
            for (Entity e : q.place().entities()) out.add(byReference.get(e.id()));
            phrase(out, q.place().text());
        }
        if (ofKind != null) out.retain(ofKind);
        return out.order;
    }

    /**
     * The hits that could still cover enough of the question to answer it, in the same order.
     * Each topic is met in {@link Engine}'s weighing only where its stems occur in some field of
     * the clause, counted by the {@link Coverage} rule the weighing uses, so a clause lacking the stems of too many topics can be passed over unweighed;
     * so can one that does not name the subject of a question other than yes or no.
     */
    Collection<Corpus.Item> covering(Query q, Collection<Corpus.Item> hits) {
        if (!q.hasTopic()) return hits;
        int total = 0;
        int[] reach = new int[all.size()];
        for (Query.Mention m : q.topics()) {
            total += Coverage.TOPIC;
            Picks met = mentionReach(m);
            if (met == null) return hits; // a mention that may meet anything
            for (Corpus.Item it : met.order) reach[it.ordinal()] += Coverage.TOPIC;
        }
        for (String stem : q.words()) {
            total += Coverage.WORD;
            Picks met = new Picks();
            if (keyReach(met, stem) == Reach.ANYWHERE) return hits;
            for (Corpus.Item it : met.order) reach[it.ordinal()] += Coverage.WORD;
        }
        // an answer other than yes or no binds, benefits or is owed by the subject: it names the subject
        boolean[] subject = null;
        if (q.subject() != null && q.type() != Query.Type.YES_NO) {
            subject = new boolean[all.size()];
            for (Corpus.Item it : byParty.getOrDefault(q.subject(), List.of())) subject[it.ordinal()] = true;
        }
        List<Corpus.Item> out = new ArrayList<>();
        for (Corpus.Item it : hits) {
            if (Coverage.enough(reach[it.ordinal()], total)
                    && (subject == null || subject[it.ordinal()])) out.add(it);
        }
        return out;
    }

    /** Every clause the mention could be met in, as {@link Engine} weighs it; null when that cannot be bounded. */
    private Picks mentionReach(Query.Mention m) {
        Picks met = new Picks();
        for (Entity e : m.entities()) {
            switch (e.kind()) {
                case CLAUSE_KIND -> {
                    met.add(byKind.get(e.id()));
                    for (String synonym : Lexicon.KINDS.getOrDefault(e.id(), List.of())) {
                        if (keyReach(met, Text.key(synonym)) != Reach.FOUND) return null;
                    }
                    if (e.id().equals("exclusivity")) met.add(statedExclusive);
                }
                case CLAUSE -> met.add(byId.get(e.id()));
                case DEFINITION, EVENT, PARTY -> {
                    met.add(byReference.get(e.id()));
                    for (Agreement a : agreements) {
                        Named n = a.named(e.id());
                        if (n == null) continue;
                        if (keyReach(met, Text.key(n.name())) == Reach.ANYWHERE) return null;
                        for (String alias : n.aliases()) {
                            if (keyReach(met, Text.key(alias)) == Reach.ANYWHERE) return null;
                        }
                    }
                }
                default -> throw new AssertionError(e.kind());
            }
        }
        return keyReach(met, Text.key(m.text())) == Reach.ANYWHERE ? null : met;
    }

    /** What looking up a key gave: clauses added, a key that is found nowhere, or one that may be anywhere. */
    private enum Reach { FOUND, NOWHERE, ANYWHERE }

    /**
     * Adds the clauses holding the rarest stem of a key in any field: every clause where the key
     * can be found. An empty key is found nowhere; one of filler words only is not indexed in
     * the text, so it may be anywhere.
     */
    private Reach keyReach(Picks out, String key) {
        if (key.isEmpty()) return Reach.NOWHERE;
        String rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (String stem : key.split(" ")) {
            if (FILLER.contains(stem)) continue;
            int n = size(byStem.get(stem)) + size(byTextStem.get().get(stem));
            if (n < fewest) {
                fewest = n;
                rarest = stem;
            }
        }
        if (rarest == null) return Reach.ANYWHERE;
        out.add(byStem.get(rarest));
        out.add(byTextStem.get().get(rarest));
        return Reach.FOUND;
    }

    private static int size(List<Corpus.Item> items) {
        return items == null ? 0 : items.size();
    }

    /**
     * Clauses whose short fields hold the phrase's rarest stem: a superset the engine then weighs.
     * False when the phrase has no word to look up.
     */
    private boolean phrase(Picks out, String phrase) {
        List<Corpus.Item> rarest = null;
        for (Text.Token t : Text.tokens(phrase)) {
            if (Lexicon.NOISE.contains(t.word())) continue;
            List<Corpus.Item> items = byStem.getOrDefault(t.stem(), List.of());
            if (rarest == null || items.size() < rarest.size()) rarest = items;
        }
        out.add(rarest);
        return rarest != null;
    }

    /** Items in the order first added, without duplicates: a flag per ordinal, where a hash set would hash each. */
    private final class Picks {
        private final boolean[] in = new boolean[all.size()];
        final List<Corpus.Item> order = new ArrayList<>();

        void add(List<Corpus.Item> items) {
            if (items == null) return;
            for (Corpus.Item it : items) {
                if (!in[it.ordinal()]) {
                    in[it.ordinal()] = true;
                    order.add(it);
                }
            }
        }

        /** Keeps only what {@code other} holds too. */
        void retain(Picks other) {
            order.removeIf(it -> {
                boolean drop = !other.in[it.ordinal()];
                if (drop) in[it.ordinal()] = false;
                return drop;
            });
        }
    }
}
