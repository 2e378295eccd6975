package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Modality;
import dev.terms.model.Named;
import dev.terms.model.Quantity;
import dev.terms.model.Status;
import dev.terms.question.Amount;
import dev.terms.question.Entity;
import dev.terms.question.Lexicon;
import dev.terms.question.Meaning;
import dev.terms.question.Query;
import dev.terms.question.Text;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a {@link Query} from the loaded agreements: the index's hits are weighed by the
 * question's words (retrieval), unified slot by slot with the question's frame ({@link Unifier}),
 * decided by the table of {@link Decider} for yes/no, and projected by the answer type asked
 * ({@link Projection}, {@link YesNoProjection}).
 * What the files answer by name alone comes from {@link NamedAnswers}.
 */
public final class Engine {

    /** The share of the question's topic a clause must cover to be considered at all. */
    /** Up to this many clauses in all, a question that finds no answer among the index's hits is tried on every clause. */
    static final int EVERY_CLAUSE = 1000;
    /** How many clauses near a yes/no question are unified with it beyond those its words already cover. */
    static final int POOL = 40;
    /** Answers come from clauses scoring at least this share of the best one. */
    static final double NEAR_BEST = 0.5;

    private final Corpus corpus;
    private final Index index;
    /** Each clause's words, made the first time a question weighs the clause. */
    private final ByItem<ClauseWords> words;
    private final Map<Agreement, Map<String, List<String>>> nameKeys = new java.util.IdentityHashMap<>();

    private final WhoProjection who = new WhoProjection();
    private final WhereProjection where = new WhereProjection();
    private final HowMuchProjection howMuch = new HowMuchProjection();
    private final HowLongProjection howLong = new HowLongProjection();
    private final WhenProjection when;
    private final WhatProjection what;
    private final HowOftenProjection howOften;
    private final YesNoProjection yesNo = new YesNoProjection();
    private final NamedAnswers names;

    public Engine(Corpus corpus) {
        this.corpus = corpus;
        this.when = new WhenProjection(corpus);
        this.what = new WhatProjection(corpus);
        this.howOften = new HowOftenProjection(what);
        this.names = new NamedAnswers(corpus);
        this.index = new Index(corpus);
        this.words = new ByItem<>(corpus.items().size());
        this.frames = new ByItem<>(corpus.items().size());
    }

    /** Each clause's frame, made the first time a question unifies with the clause. */
    private final ByItem<ClauseFrame> frames;
    /**
     * Each clause's status at the date the last question was asked as of: a session asks at one date, and
     * a broad question weighs thousands of clauses (reading each one's timeline was a tenth of its time).
     */
    private LocalDate statusDay;
    private ByItem<Status> statuses;

    private Status status(Corpus.Item it, LocalDate day) {
        if (!day.equals(statusDay)) {
            statuses = new ByItem<>(corpus.items().size());
            statusDay = day;
        }
        // (no capturing lambda: made per call, it costs more than the lookup)
        Status s = statuses.get(it);
        if (s == null) statuses.put(it, s = corpus.status(it, day));
        return s;
    }

    private ClauseFrame frame(Corpus.Item it) {
        return frames.computeIfAbsent(it, i -> ClauseFrame.of(i.agreement(), i.clause()));
    }

    private ClauseWords words(Corpus.Item it) {
        return words.computeIfAbsent(it, i -> ClauseWords.of(i.agreement(), i.clause()));
    }

    /** {@code known}, or else the clause's words. */
    private ClauseWords words(Corpus.Item it, ClauseWords known) {
        return known != null ? known : words(it);
    }

    /** How a clause relates to the question's subject: it binds or benefits the subject directly, or owes it. */
    enum Relation { DIRECT, REVERSED }

    /** One clause weighed: its status at the date asked, its topic score, and the reasons. */
    record Weighed(Corpus.Item item, Status status, double points, double coverage, boolean strong,
            boolean kindMissed, Relation relation, List<String> why) {
        boolean topical() {
            return !kindMissed && strong && coverage >= Coverage.MIN;
        }
    }

    /** Most points first, then in force before not. */
    private static final Comparator<Weighed> BEST_FIRST = (x, y) -> {
        int c = Double.compare(y.points(), x.points());
        return c != 0 ? c : Boolean.compare(!x.status().inForce(), !y.status().inForce());
    };

    public Result answer(Query q) {
        if (q.question().isBlank()) return result(q, List.of(), List.of(), "No answer: the question is empty.");
        if (q.tooLong()) {
            return result(q, List.of(), List.of(), "No answer: the question is " + q.question().length()
                    + " characters long; questions are read up to " + Query.MAX_CHARS + ".");
        }
        if (q.aboutAgreement()) {
            List<Answer> answers = names.aboutAgreement(q);
            return result(q, answers, List.of(), answers.isEmpty() ? "The file does not say." : null);
        }
        List<Answer> named = names.named(q);
        if (named != null) return result(q, named, List.of(), null);
        // first only the clauses that could cover the question; with no answer, all the index's hits,
        // so that the closest clauses are suggested as before
        Collection<Corpus.Item> hits = index.hits(q);
        Collection<Corpus.Item> covering = index.covering(q, hits);
        Result r = answer(q, covering);
        if (r.answers().isEmpty() && covering.size() < hits.size()) r = answer(q, hits);
        // on a file of ordinary size, a question none of whose words a clause has may still meet one through
        // synonyms ("lawsuit" ~ "suit"): every clause is unified, and the table still decides
        if (r.answers().isEmpty() && hits.size() < corpus.items().size() && corpus.items().size() <= EVERY_CLAUSE) {
            Result all = answer(q, corpus.items());
            if (all.answered()) return all;
        }
        return r;
    }

    private Result answer(Query q, Collection<Corpus.Item> clauses) {
        List<Weighed> all = new ArrayList<>();
        for (Corpus.Item it : clauses) all.add(weigh(q, it));
        all.sort(BEST_FIRST);
        if (q.type() == Query.Type.YES_NO) return yesNo(q, all);
        // each weighed clause's unification, where the question was unified with it, by its place in all
        Unifier.Unification[] unified = new Unifier.Unification[all.size()];
        List<Weighed> chosen = choose(q, all, unified);
        Projection.Projected projected = projection(q).project(q, chosen);
        return result(q, projected.answers(), all, projected.note(), null, unified);
    }

    /** The projection of the answer type asked for. */
    Projection projection(Query q) {
        return switch (q.type()) {
            case WHO -> who;
            case WHERE -> where;
            case HOW_MUCH -> howMuch;
            case WHEN -> when;
            case HOW_LONG -> howLong;
            case WHAT -> q.frame().asked() == dev.terms.question.Frame.Asked.HOW_OFTEN ? howOften : what;
            case YES_NO -> throw new AssertionError("yes/no is decided, not projected");
        };
    }

    /**
     * Whether a clause may answer a question that asks for a slot: it fills the slots the question
     * fills (its subject, verb, words, place and number), and does not state the negative of it.
     */
    private boolean fits(Query q, List<Weighed> all, int i, Unifier.Unification[] unified, Unifier.QuestionSide side) {
        Unifier.Unification u = unified[i];
        if (u == null) {
            Corpus.Item it = all.get(i).item();
            u = unified[i] = Unifier.unify(side, it, frame(it));
        }
        if (u.negative() != q.frame().negated()) return false;
        if (u.action().reason() != Unifier.Reason.OPEN && !u.action().reason().fills()) return false;
        if (u.number().reason() == Unifier.Reason.DIFFERENT || u.place().reason() == Unifier.Reason.DIFFERENT) return false;
        if (!u.unmatched().isEmpty() || u.inExceptions()) return false;
        // a clause met only through broader terms ("damages" is a kind of "change") is no answer: something of the
        // question must be the clause's own word, a synonym or a form of it
        for (Unifier.Slot t : u.things()) if (t.reason() == Unifier.Reason.SAME) return true;
        for (Unifier.WordMatch m : u.words()) if (m.matched() && m.relation() != Meaning.Relation.BROADER) return true;
        return u.words().isEmpty() && u.things().isEmpty();
    }

    // ---- weighing ----

    Weighed weigh(Query q, Corpus.Item it) {
        return weigh(q, it, null);
    }

    /**
     * A clause weighed; {@code why}, when not null, gets the reasons. Without it they are made only when read
     * ({@link Reasons}): a broad question weighs thousands of clauses, and only --explain shows the reasons.
     */
    private Weighed weigh(Query q, Corpus.Item it, List<String> why) {
        Clause c = it.clause();
        Agreement a = it.agreement();
        // the clause's words, found where a field's words are read: a clause met by its kind alone needs none
        ClauseWords w = null;
        Status status = why == null ? status(it, q.asOf()) : null;
        double total = 0, matched = 0, points = 0;
        boolean strong = false, kindMissed = false;
        for (Query.Mention m : q.topics()) {
            double best = 0;
            boolean bestStrong = false;
            String reason = null;
            boolean onlyKinds = true;
            for (Entity e : m.entities()) {
                if (e.kind() != Entity.Kind.CLAUSE_KIND) onlyKinds = false;
                if (e.agreement() != null && !e.agreement().equals(a.id())) continue;
                double p = 0;
                String r = null;
                switch (e.kind()) {
                    case CLAUSE_KIND -> {
                        if (c.kind().equals(e.id())) { p = 6; if (why != null) r = "kind is " + e.id(); }
                        else if (namedAsKind(w = words(it, w), e.id())) { p = 4; if (why != null) r = "named as " + e.id(); }
                        else if (e.id().equals("exclusivity") && c.exclusive() != null) {
                            // a clause stated to be non-exclusive answers "is it exclusive?" too: with no
                            p = 4; r = c.exclusive() ? "exclusive" : "stated non-exclusive";
                        }
                    }
                    case CLAUSE -> { if (c.id().equals(e.id())) { p = 10; r = "is the clause named"; } }
                    case DEFINITION, EVENT, PARTY -> {
                        if (e.id().equals(c.object())) { p = 5; if (why != null) r = "object is " + e.id(); }
                        else if (e.id().equals(c.where())) { p = 5; if (why != null) r = "where is " + e.id(); }
                        else if (refersTo(c.effective(), e.id()) || endsBy(c, e.id())) {
                            p = 4; if (why != null) r = "dated by " + e.id();
                        } else if (c.party().contains(e.id()) || c.counterparty().contains(e.id())) {
                            p = 2; if (why != null) r = "names " + e.id();
                        } else {
                            for (String key : keys(a, e.id())) {
                                double f = fieldScore(w = words(it, w), key);
                                if (f > p) { p = f; if (why != null) r = "mentions " + e.id(); }
                            }
                        }
                    }
                    default -> throw new AssertionError(e.kind());
                }
                if (p > best) { best = p; reason = r; bestStrong = p >= 2; }
            }
            if (best == 0) {
                double f = fieldScore(w = words(it, w), Text.key(m.text()));
                if (f > 0) { best = f; bestStrong = f >= 2; if (why != null) reason = "mentions '" + m.text() + "'"; }
            }
            total += Coverage.TOPIC;
            if (best > 0) {
                matched += Coverage.TOPIC;
                points += best;
                strong |= bestStrong;
                if (why != null) why.add(reason);
            } else {
                if (onlyKinds) kindMissed = true;
                if (why != null) why.add("does not match '" + m.text() + "'");
            }
        }
        for (String stem : q.words()) {
            double f = fieldScore(w = words(it, w), stem);
            total += Coverage.WORD;
            if (f > 0) {
                matched += Coverage.WORD;
                points += f;
                strong |= f >= 2;
                if (why != null) why.add("'" + stem + "' in " + fieldName(w, stem));
            } else if (why != null) {
                why.add("no '" + stem + "'");
            }
        }
        if (q.place() != null && placeMatches(q.place(), it)) {
            points += 2;
            if (why != null) why.add("about " + q.place().text());
        }
        for (String p : q.parties()) {
            if (c.party().contains(p) || c.counterparty().contains(p)) points += 0.5;
        }
        double coverage = total == 0 ? 1 : matched / total;
        Relation relation = relation(q, c);
        if (relation == null && why != null) why.add(q.subject() != null ? "not about " + q.subject() + " in that role"
                : "modality " + c.modality().word() + " does not fit");
        return new Weighed(it, status, points, coverage, strong, kindMissed, relation,
                why != null ? why : new Reasons(this, q, it));
    }

    /** A clause's reasons, made the first time they are read. */
    private static final class Reasons extends AbstractList<String> {
        private final Engine engine;
        private final Query q;
        private final Corpus.Item it;
        private List<String> made;

        Reasons(Engine engine, Query q, Corpus.Item it) {
            this.engine = engine;
            this.q = q;
            this.it = it;
        }

        private List<String> made() {
            if (made == null) made = engine.weigh(q, it, new ArrayList<>()).why();
            return made;
        }

        @Override
        public String get(int i) {
            return made().get(i);
        }

        @Override
        public int size() {
            return made().size();
        }
    }

    private static boolean refersTo(Bound b, String id) {
        return id.equals(Bound.event(b));
    }

    /** Whether one of the clause's ends is counted from the event (a loop: a stream per clause weighed cost more). */
    private static boolean endsBy(Clause c, String id) {
        for (Bound b : c.until()) if (refersTo(b, id)) return true;
        return false;
    }

    private static boolean namedAsKind(ClauseWords w, String kind) {
        for (String synonym : Lexicon.KINDS.getOrDefault(kind, List.of())) {
            if (ClauseWords.has(w.names(), Text.key(synonym))) return true;
        }
        return false;
    }

    /** The keys of a thing's name and aliases in an agreement (found by agreement, then id: no key made per clause weighed). */
    private List<String> keys(Agreement a, String id) {
        Map<String, List<String>> of = nameKeys.get(a);
        if (of == null) nameKeys.put(a, of = new HashMap<>());
        List<String> out = of.get(id);
        if (out != null) return out;
        out = new ArrayList<>();
        Named n = a.named(id);
        if (n != null) {
            out.add(Text.key(n.name()));
            for (String alias : n.aliases()) out.add(Text.key(alias));
        }
        of.put(id, out);
        return out;
    }

    /** Where a phrase occurs in a clause, weighted: names and kind 3, action 2.5, object/where 2, purpose 1.5, text 1. */
    private static double fieldScore(ClauseWords w, String key) {
        if (key.isEmpty()) return 0;
        if (ClauseWords.has(w.names(), key) || ClauseWords.has(w.kind(), key)) return 3;
        if (ClauseWords.has(w.action(), key)) return 2.5;
        if (ClauseWords.has(w.things(), key)) return 2;
        if (ClauseWords.has(w.purpose(), key)) return 1.5;
        if (ClauseWords.has(w.text(), key)) return 1;
        return 0;
    }

    private static String fieldName(ClauseWords w, String key) {
        if (ClauseWords.has(w.names(), key)) return "title or aliases";
        if (ClauseWords.has(w.kind(), key)) return "kind";
        if (ClauseWords.has(w.action(), key)) return "action";
        if (ClauseWords.has(w.things(), key)) return "object or where";
        if (ClauseWords.has(w.purpose(), key)) return "purpose";
        return "text";
    }

    /** Whether the question's place is the clause's where (or what it is about). */
    private boolean placeMatches(Query.Mention place, Corpus.Item it) {
        Clause c = it.clause();
        for (Entity e : place.entities()) {
            if (e.id().equals(c.where()) || e.id().equals(c.object())) return true;
        }
        return fieldScore(words(it), Text.key(place.text())) >= 1.5;
    }

    /** Subject and modality: does the clause bind or benefit the subject as the question asks? */
    private static Relation relation(Query q, Clause c) {
        // in "how much notice must AWS give", the verb qualifies the quantity, not the rule
        boolean quantity = q.type() == Query.Type.HOW_MUCH || q.type() == Query.Type.HOW_LONG;
        boolean fits = quantity || q.modalities().isEmpty() || q.modalities().contains(c.modality())
                || (c.modality() == Modality.STATEMENT && q.modalities().contains(Modality.RIGHT));
        boolean subjectIsParty = q.subject() == null || c.party().contains(q.subject());
        if (fits && subjectIsParty) return Relation.DIRECT;
        // a duty owed to someone is a claim they hold, and a right held against someone is a duty they owe
        if (q.type() == Query.Type.YES_NO || c.counterparty().isEmpty()) return null;
        boolean subjectIsCounterparty = q.subject() == null || c.counterparty().contains(q.subject());
        // "how many shares does the consultant receive": an amount concerns both sides of the clause
        if (quantity && subjectIsCounterparty) return Relation.REVERSED;
        boolean reversedFits = q.modalities().contains(Modality.RIGHT)
                ? c.modality() == Modality.OBLIGATION || c.modality() == Modality.PROHIBITION
                : q.modalities().contains(Modality.OBLIGATION) && c.modality() == Modality.RIGHT;
        return reversedFits && subjectIsCounterparty ? Relation.REVERSED : null;
    }

    /** Which clauses are in view for a question: in force now, or at any time up to the date for the past. */
    private static boolean inWindow(Query q, Weighed w) {
        if (q.type() == Query.Type.WHEN || q.type() == Query.Type.HOW_LONG
                || q.focus() == Query.Focus.REPLACED_BY || q.focus() == Query.Focus.REPLACES) return true;
        return q.past() ? w.status().startedBy(q.asOf()) : w.status().inForce();
    }

    private static boolean projectable(Query q, Clause c) {
        return switch (q.type()) {
            case WHERE -> c.where() != null;
            case HOW_MUCH -> c.amount() != null || c.notice() != null; // format 1.1: "how much notice"?
            default -> true;
        };
    }

    /** The clauses that answer: topical, in view, fitting; direct ones first, those owed as a fallback. */
    private List<Weighed> choose(Query q, List<Weighed> all, Unifier.Unification[] unified) {
        // "what must OpenAI do?" lists; a question that names nothing at all lists nothing
        boolean listing = q.type() == Query.Type.WHAT && q.focus() == Query.Focus.NONE && !q.hasTopic()
                && (q.subject() != null || !q.modalities().isEmpty());
        // the places in all of the clauses that pass, in order (the filters below read their unifications)
        int[] pass = new int[all.size()];
        // the question as unification reads it, read when the first clause is unified (a listing unifies none)
        Unifier.QuestionSide side = null;
        for (Relation r : Relation.values()) {
            int n = 0;
            for (int i = 0; i < all.size(); i++) {
                Weighed w = all.get(i);
                if (w.relation() == r && inWindow(q, w) && projectable(q, w.item().clause())
                        && (listing || q.hasTopic() && fits(q, all, i, unified,
                        side == null ? side = new Unifier.QuestionSide(q) : side))) pass[n++] = i;
            }
            if (n == 0) continue;
            if (listing) return weighed(all, pass, n);
            // what the preferences below read of each unification, read once (by place in all, as unified)
            boolean[] same = new boolean[all.size()];
            int[] inText = new int[all.size()], byReference = new int[all.size()];
            for (int k = 0; k < n; k++) {
                Unifier.Unification u = unified[pass[k]];
                same[pass[k]] = modality(u) == Unifier.Reason.SAME;
                inText[pass[k]] = inTextOnly(u);
                byReference[pass[k]] = byReference(u);
            }
            // a clause of the modality asked ("who is entitled": a right) over one that only states it
            boolean anySame = false;
            for (int k = 0; k < n && !anySame; k++) anySame = same[pass[k]];
            if (anySame) {
                int m = 0;
                for (int k = 0; k < n; k++) if (same[pass[k]]) pass[m++] = pass[k];
                n = m;
            }
            // a clause whose fields say what the question says over one whose quoted text only mentions it
            int fewest = Integer.MAX_VALUE;
            for (int k = 0; k < n; k++) fewest = Math.min(fewest, inText[pass[k]]);
            int m = 0;
            for (int k = 0; k < n; k++) if (inText[pass[k]] <= fewest) pass[m++] = pass[k];
            n = m;
            // a clause that names the question's things by reference ("which building": its where is the building)
            // over one whose words only mention them
            int most = Integer.MIN_VALUE;
            for (int k = 0; k < n; k++) most = Math.max(most, byReference[pass[k]]);
            m = 0;
            for (int k = 0; k < n; k++) if (byReference[pass[k]] >= most) pass[m++] = pass[k];
            n = m;
            List<Weighed> chosen = weighed(all, pass, n);
            if (q.type() == Query.Type.HOW_MUCH) sizeOrRate(q, chosen);
            double best = chosen.get(0).points();
            double coverage = chosen.get(0).coverage();
            // "how large is the facility": one thing's size, from the clauses that fit best
            boolean single = q.type() == Query.Type.WHEN || q.type() == Query.Type.HOW_LONG
                    || q.focus() != Query.Focus.NONE || q.type() == Query.Type.HOW_MUCH && q.frame().action() == null
                    && q.frame().words().stream().anyMatch(t -> SIZE_WORDS.contains(t.word()));
            List<Weighed> out = new ArrayList<>();
            for (Weighed w : chosen) {
                // near the best in score, and covering as much of the question as the best does
                if (w.points() >= (single ? best : NEAR_BEST * best) && w.coverage() >= coverage) out.add(w);
            }
            return out;
        }
        return List.of();
    }

    private static List<Weighed> weighed(List<Weighed> all, int[] places, int n) {
        List<Weighed> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) out.add(all.get(places[k]));
        return out;
    }

    private static final Set<String> SIZE_WORDS = Set.of("large", "big", "bigger", "size", "total", "aggregate",
            "principal", "sum", "small");
    private static final Set<String> RATE_WORDS = Set.of("rate", "rates", "percentage", "percent", "share", "margin",
            "interest", "spread", "ratio", "proportion");

    /**
     * "How large is the facility", "the total price": a size, which a rate or a price per unit of the same thing
     * is not; "what interest rate", "what share": a rate, which a sum is not. Where the clauses chosen have both,
     * those of the kind asked stay.
     */
    private void sizeOrRate(Query q, List<Weighed> pass) {
        boolean size = q.frame().words().stream().anyMatch(t -> SIZE_WORDS.contains(t.word()));
        boolean rate = q.frame().words().stream().anyMatch(t -> RATE_WORDS.contains(t.word()));
        if (size == rate) return;
        List<Weighed> kept = pass.stream().filter(w -> relative(w.item()) == rate).toList();
        if (!kept.isEmpty() && kept.size() < pass.size()) pass.retainAll(kept);
    }

    private static final java.util.regex.Pattern PER = java.util.regex.Pattern.compile("(?i)\\bper\\b");

    /** An amount relative to another: a percentage, a multiple, or so much per unit. */
    private boolean relative(Corpus.Item it) {
        Clause c = it.clause();
        if (c.quantity() != null) return c.quantity().per() != null || c.quantity().of() != null
                || Quantity.PERCENT.equals(c.quantity().unit()) || Quantity.TIMES.equals(c.quantity().unit());
        if (c.amount() == null) return false;
        return frame(it).amounts().stream().anyMatch(a -> a.unit() == Amount.Unit.PERCENT || a.unit() == Amount.Unit.TIMES)
                || PER.matcher(c.amount()).find();
    }

    private static int byReference(Unifier.Unification u) {
        return u == null ? 0 : u.byReference();
    }

    private static int inTextOnly(Unifier.Unification u) {
        return u == null ? 0 : u.inTextOnly();
    }

    private static Unifier.Reason modality(Unifier.Unification u) {
        return u == null ? Unifier.Reason.OPEN : u.modality().reason();
    }

    // ---- yes / no ----

    private Result yesNo(Query q, List<Weighed> all) {
        List<Weighed> pool = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        boolean topical = false;
        for (int i = 0; i < all.size(); i++) {
            Weighed w = all.get(i);
            boolean window = q.past() ? w.status().startedBy(q.asOf()) : true;
            // the words' weighing finds the clauses near the question; the unification decides. A clause it
            // would pass over may still meet the question through a synonym ("poach" ~ "solicit")
            if (window && q.hasTopic() && (w.topical() || pool.size() < POOL)) {
                pool.add(w);
                places.add(i);
            }
            topical |= w.topical();
        }
        List<Answer> answers = new ArrayList<>();
        if (!topical && q.existence()) pool.clear();
        if (pool.isEmpty()) {
            if (q.existence()) {
                for (Agreement a : corpus.agreements()) {
                    answers.add(new Answer(new Value.YesNo(false), "no", null, a, corpus.timeline(a).agreementStatus(q.asOf()),
                            "No: no clause of " + a.id() + " is about this."));
                }
            }
            return result(q, answers, all, null);
        }
        List<Decider.Considered> considered = new ArrayList<>();
        Unifier.Unification[] unified = new Unifier.Unification[all.size()];
        Unifier.QuestionSide side = new Unifier.QuestionSide(q);
        for (int k = 0; k < pool.size(); k++) {
            Weighed w = pool.get(k);
            ClauseFrame cf = frame(w.item());
            Unifier.Unification u = Unifier.unify(side, w.item(), cf);
            considered.add(new Decider.Considered(w, u, cf));
            unified[places.get(k)] = u;
        }
        Decider.Decision d = Decider.decide(q, considered);
        if (d.yes() == null) return result(q, answers, all, null, d, unified);
        answers.add(yesNo.project(q, d));
        return result(q, answers, all, null, d, unified);
    }

    // ---- the result ----

    private Result result(Query q, List<Answer> answers, List<Weighed> all, String note) {
        return result(q, answers, all, note, null, new Unifier.Unification[all.size()]);
    }

    /** The result; {@code unified}: each weighed clause's unification, by its place in {@code all} (null: none). */
    private Result result(Query q, List<Answer> answers, List<Weighed> all, String note, Decider.Decision decision,
            Unifier.Unification[] unified) {
        Cited cited = new Cited(corpus.items());
        for (Answer a : answers) if (a.clause() != null) cited.add(a.clause());
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Weighed w = all.get(i);
            if (w.points() <= 0 && w.relation() == null) continue;
            if (w.points() <= 0 && q.hasTopic()) continue;
            candidates.add(new Candidate(w.item(), w.points(), cited.has(w.item()), w.why(), unified[i]));
        }
        List<Corpus.Item> suggestions = new ArrayList<>();
        if (answers.isEmpty()) {
            for (Weighed w : all) {
                if (w.points() > 0 && suggestions.size() < 3) suggestions.add(w.item());
            }
        }
        return new Result(q, List.copyOf(answers), List.copyOf(cited.order), suggestions, candidates, note,
                decision);
    }

    /**
     * The clauses the answers cite, each once in the order first cited: by their places in the corpus (a broad
     * question's thousands of answers and candidates were hashed into maps), and by equality for a clause made
     * elsewhere (a replacement's).
     */
    private static final class Cited {
        private final List<Corpus.Item> items;
        private final java.util.BitSet placed = new java.util.BitSet();
        private final List<Corpus.Item> order = new ArrayList<>();
        private boolean elsewhere;

        Cited(List<Corpus.Item> items) {
            this.items = items;
        }

        private boolean ours(Corpus.Item it) {
            int i = it.ordinal();
            return i >= 0 && i < items.size() && items.get(i) == it;
        }

        void add(Corpus.Item it) {
            if (!elsewhere && ours(it)) {
                if (!placed.get(it.ordinal())) {
                    placed.set(it.ordinal());
                    order.add(it);
                }
            } else {
                elsewhere = true;
                if (!order.contains(it)) order.add(it);
            }
        }

        boolean has(Corpus.Item it) {
            return !elsewhere && ours(it) ? placed.get(it.ordinal()) : order.contains(it);
        }
    }
}
