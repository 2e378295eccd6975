package dev.terms.answer;

import dev.terms.load.ModelCache;
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
public final class Index {

    /** By the stems of the short fields. */
    private final Postings byStem = new Postings("stems");
    /** By the id of a clause, and by a clause it supersedes. */
    private final Postings byId = new Postings("ids");
    private final Postings bySuperseded = new Postings("superseded");
    private final Postings byKind = new Postings("kinds");
    /** By any party, definition or event id the clause refers to. */
    private final Postings byReference = new Postings("references");
    private final Postings byParty = new Postings("parties");
    private final List<Corpus.Item> statedExclusive;
    /**
     * Stems of the quoted text, filler words left out: never a reason to weigh a clause, only to
     * keep one.
     */
    private final Postings byTextStem = new Postings(TEXT);
    /** Filler words as stems: the text index leaves them out, so they bound nothing. */
    private static final Set<String> FILLER = fillerStems();
    private final List<Agreement> agreements;
    private final List<Corpus.Item> all;
    /** Each agreement's run of the items, with its tables. */
    private final List<Run> runs = new ArrayList<>();
    /**
     * Each agreement's run with its text table: the tables made on first use when not read from the
     * cache, or beside the rest on a large corpus.
     */
    private final Background<List<Run>> textRuns;

    Index(Corpus corpus) {
        this.all = corpus.items();
        this.agreements = corpus.agreements();
        // each agreement's clauses are a run of the items: its tables (kept in the model cache, or made
        // now) hold ordinals within the agreement, offset by where its run starts
        for (int i = 0; i < all.size(); ) {
            Agreement a = all.get(i).agreement();
            int from = i;
            while (i < all.size() && all.get(i).agreement() == a) i++;
            runs.add(new Run(a, from, i - from, Index::fieldTables, FIELDS_TABLES));
        }
        List<Corpus.Item> exclusive = new ArrayList<>();
        for (Run r : runs) for (int o : r.lookup("exclusive", "")) exclusive.add(all.get(r.from + o));
        this.statedExclusive = exclusive;
        // the text's stems are only needed once a question is weighed: on a large corpus, made beside the rest
        List<Run> textRuns = new ArrayList<>();
        boolean made = false;
        for (Run r : runs) {
            Run t = new Run(r.agreement, r.from, r.length, Index::textTables, TEXT_TABLES);
            textRuns.add(t);
            made |= t.made;
        }
        this.textRuns = new Background<>(() -> {
            for (Run t : textRuns) t.tables();
            return textRuns;
        });
        if (made) this.textRuns.startIf(all.size() >= Background.FROM_CLAUSES, "terms-text-index");
    }

    /** One index: the clauses under a key, in file order, across the agreements' tables; null when none. */
    private final class Postings {
        private final String table;

        Postings(String table) {
            this.table = table;
        }

        List<Corpus.Item> get(String key) {
            List<Run> in = table.equals(TEXT) ? textRuns.get() : runs;
            List<Corpus.Item> out = null;
            for (Run r : in) {
                int[] ords = r.lookup(table, key);
                if (ords.length == 0) continue;
                Posting p = new Posting(all, r.from, ords);
                if (out == null) {
                    out = p;
                } else {
                    // another agreement's clauses under the same key: the lists join, in file order
                    List<Corpus.Item> joined = new ArrayList<>(out);
                    joined.addAll(p);
                    out = joined;
                }
            }
            return out;
        }

        List<Corpus.Item> getOrDefault(String key, List<Corpus.Item> none) {
            List<Corpus.Item> l = get(key);
            return l == null ? none : l;
        }
    }

    /** The clauses of one agreement among the items: {@code length} of them from {@code from}. */
    private static final class Run {
        final Agreement agreement;
        final int from;
        final int length;
        private final java.util.function.Function<Agreement, Map<String, Map<String, int[]>>> make;
        /** Whether the tables are to be made (none were read): then made on first use. */
        final boolean made;
        private volatile Map<String, Map<String, int[]>> tables;

        Run(Agreement agreement, int from, int length,
                java.util.function.Function<Agreement, Map<String, Map<String, int[]>>> make, List<String> names) {
            this.agreement = agreement;
            this.from = from;
            this.length = length;
            this.make = make;
            Map<String, Map<String, int[]>> kept = ModelCache.tables(agreement);
            boolean whole = kept != null && agreement.clauses().size() == length;
            for (String n : names) whole &= whole && kept.get(n) != null;
            this.made = !whole;
            this.tables = whole ? kept : null;
        }

        Map<String, Map<String, int[]>> tables() {
            Map<String, Map<String, int[]>> t = tables;
            if (t == null) {
                synchronized (this) {
                    if (tables == null) tables = make.apply(agreement);
                    t = tables;
                }
            }
            return t;
        }

        /**
         * The ordinals under a key, as made: ascending, within the agreement. A list read otherwise
         * (bytes made to pass the entry's checks) is not served: the tables are made instead.
         */
        int[] lookup(String table, String key) {
            int[] ords = tables().get(table).get(key);
            if (ords == null) return NONE;
            for (int i = 0; i < ords.length; i++) {
                if (ords[i] >= length || (i > 0 && ords[i] <= ords[i - 1])) {
                    synchronized (this) {
                        tables = make.apply(agreement);
                    }
                    int[] again = tables.get(table).get(key);
                    return again == null ? NONE : again;
                }
            }
            return ords;
        }
    }

    private static final int[] NONE = new int[0];

    private static final List<String> FIELDS_TABLES = List.of("stems", "ids", "superseded", "kinds", "references",
            "parties", "exclusive");
    private static final String TEXT = "text";
    private static final List<String> TEXT_TABLES = List.of(TEXT);

    /**
     * The model cache keeps the tables beside each large file's model (what the code that makes
     * them is: this class and the tokenizer's), so a run from the cache does not tokenize every clause.
     */
    public static final List<ModelCache.Derivation> DERIVATIONS = List.of(
            derivation(Index::fieldTables), derivation(Index::textTables));

    private static ModelCache.Derivation derivation(
            java.util.function.Function<Agreement, Map<String, Map<String, int[]>>> f) {
        return new ModelCache.Derivation() {
            @Override
            public Map<String, Map<String, int[]>> derive(Agreement a) {
                return f.apply(a);
            }

            @Override
            public List<Class<?>> code() {
                return List.of(Index.class, Text.class, Text.Token.class, Lexicon.class);
            }
        };
    }

    /**
     * One agreement's clauses by the stems of their short fields, by id, by the ids they supersede,
     * by kind, by what they refer to, by party, and those stated (non-)exclusive (under ""): clause
     * ordinals within the agreement, ascending.
     */
    static Map<String, Map<String, int[]>> fieldTables(Agreement a) {
        Map<String, Ints> byStem = new HashMap<>(), byId = new HashMap<>(), bySuperseded = new HashMap<>(),
                byKind = new HashMap<>(), byReference = new HashMap<>(), byParty = new HashMap<>(),
                exclusive = new HashMap<>();
        // kinds, actions, objects and places recur from clause to clause: each is tokenized once
        Map<String, List<String>> stemsOf = new HashMap<>();
        Set<String> stems = new LinkedHashSet<>();
        Set<String> refs = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        List<Clause> clauses = a.clauses();
        for (int it = 0; it < clauses.size(); it++) {
            Clause c = clauses.get(it);
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
            for (String stem : stems) Ints.post(byStem, stem, it);
            Ints.post(byId, c.id(), it);
            Ints.post(byKind, c.kind(), it);
            if (!c.supersedes().isEmpty()) for (String s : new LinkedHashSet<>(c.supersedes())) Ints.post(bySuperseded, s, it);
            if (c.exclusive() != null) Ints.post(exclusive, "", it);
            refs.clear();
            if (c.object() != null) refs.add(c.object());
            if (c.where() != null) refs.add(c.where());
            if (Bound.event(c.effective()) != null) refs.add(Bound.event(c.effective()));
            for (Bound b : c.until()) if (Bound.event(b) != null) refs.add(Bound.event(b));
            parties.clear();
            parties.addAll(c.party());
            parties.addAll(c.counterparty());
            for (String p : parties) Ints.post(byParty, p, it);
            refs.addAll(parties);
            for (String r : refs) Ints.post(byReference, r, it);
        }
        return Map.of("stems", Ints.done(byStem), "ids", Ints.done(byId), "superseded", Ints.done(bySuperseded),
                "kinds", Ints.done(byKind), "references", Ints.done(byReference), "parties", Ints.done(byParty),
                "exclusive", Ints.done(exclusive));
    }

    /** One agreement's clauses by the stems of their quoted text, filler words left out. */
    static Map<String, Map<String, int[]>> textTables(Agreement a) {
        Map<String, Ints> out = new HashMap<>();
        Set<String> stems = new HashSet<>();
        List<Clause> clauses = a.clauses();
        for (int it = 0; it < clauses.size(); it++) {
            if (clauses.get(it).text() == null) continue;
            stems.clear();
            for (Text.Token t : Text.tokens(clauses.get(it).text())) {
                if (!FILLER.contains(t.stem()) && stems.add(t.stem())) Ints.post(out, t.stem(), it);
            }
        }
        return Map.of(TEXT, Ints.done(out));
    }

    /** Clauses by their ordinals within an agreement: a posting list read from the cache is a view, not a copy. */
    private static final class Posting extends java.util.AbstractList<Corpus.Item> implements java.util.RandomAccess {
        private final List<Corpus.Item> all;
        private final int from;
        private final int[] ordinals;

        Posting(List<Corpus.Item> all, int from, int[] ordinals) {
            this.all = all;
            this.from = from;
            this.ordinals = ordinals;
        }

        @Override
        public Corpus.Item get(int i) {
            return all.get(from + ordinals[i]);
        }

        @Override
        public int size() {
            return ordinals.length;
        }
    }

    /** A growing list of ordinals; most (an id, a rare word) hold one. */
    private static final class Ints {
        private int[] values = new int[1];
        private int size;

        static void post(Map<String, Ints> index, String key, int ordinal) {
            Ints list = index.get(key);
            if (list == null) index.put(key, list = new Ints());
            if (list.size == list.values.length) list.values = java.util.Arrays.copyOf(list.values, 2 * list.size);
            list.values[list.size++] = ordinal;
        }

        static Map<String, int[]> done(Map<String, Ints> index) {
            Map<String, int[]> out = new HashMap<>(index.size() * 4 / 3 + 1);
            for (var e : index.entrySet()) {
                Ints l = e.getValue();
                out.put(e.getKey(), l.size == l.values.length ? l.values : java.util.Arrays.copyOf(l.values, l.size));
            }
            return out;
        }
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
            out.add(kinds);
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
        return out.items();
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
            for (int k = 0; k < met.size; k++) reach[met.order[k]] += Coverage.TOPIC;
        }
        for (String stem : q.words()) {
            total += Coverage.WORD;
            Picks met = new Picks();
            if (keyReach(met, stem) == Reach.ANYWHERE) return hits;
            for (int k = 0; k < met.size; k++) reach[met.order[k]] += Coverage.WORD;
        }
        // an answer other than yes or no binds, benefits or is owed by the subject: it names the subject
        boolean[] subject = null;
        if (q.subject() != null && q.type() != Query.Type.YES_NO) {
            subject = new boolean[all.size()];
            for (int o : ordinals(byParty.getOrDefault(q.subject(), List.of()))) subject[o] = true;
        }
        List<Corpus.Item> out = new ArrayList<>();
        for (int o : ordinals(hits)) {
            if (Coverage.enough(reach[o], total) && (subject == null || subject[o])) out.add(all.get(o));
        }
        return out;
    }

    /** The ordinals of items of the corpus, in their order: a posting list's without reading its items. */
    private int[] ordinals(Collection<Corpus.Item> items) {
        int[] out = new int[items.size()];
        if (items instanceof Posting p) {
            for (int k = 0; k < out.length; k++) out[k] = p.from + p.ordinals[k];
        } else if (items == all) {
            for (int k = 0; k < out.length; k++) out[k] = k;
        } else {
            int k = 0;
            for (Corpus.Item it : items) out[k++] = it.ordinal();
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
            int n = size(byStem.get(stem)) + size(byTextStem.get(stem));
            if (n < fewest) {
                fewest = n;
                rarest = stem;
            }
        }
        if (rarest == null) return Reach.ANYWHERE;
        out.add(byStem.get(rarest));
        out.add(byTextStem.get(rarest));
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

    /**
     * Items in the order first added, without duplicates: a flag per ordinal, where a hash set would hash each. Kept
     * as ordinals, which a posting list gives without reading its items: a broad question's lists hold thousands, and
     * reading each item's ordinal from the item was a memory load apiece.
     */
    private final class Picks {
        private final boolean[] in = new boolean[all.size()];
        private int[] order = new int[16];
        private int size;

        void add(List<Corpus.Item> items) {
            if (items == null) return;
            if (items instanceof Posting p) {
                for (int o : p.ordinals) pick(p.from + o);
            } else {
                for (Corpus.Item it : items) pick(it.ordinal());
            }
        }

        void add(Picks other) {
            for (int k = 0; k < other.size; k++) pick(other.order[k]);
        }

        private void pick(int ordinal) {
            if (in[ordinal]) return;
            in[ordinal] = true;
            if (size == order.length) order = java.util.Arrays.copyOf(order, 2 * size);
            order[size++] = ordinal;
        }

        /** Keeps only what {@code other} holds too. */
        void retain(Picks other) {
            int n = 0;
            for (int k = 0; k < size; k++) {
                int o = order[k];
                if (other.in[o]) order[n++] = o;
                else in[o] = false;
            }
            size = n;
        }

        /** The items picked, in order. */
        List<Corpus.Item> items() {
            return new Posting(all, 0, java.util.Arrays.copyOf(order, size));
        }
    }
}
