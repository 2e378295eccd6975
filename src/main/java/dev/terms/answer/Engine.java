package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Modality;
import dev.terms.model.Named;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import dev.terms.question.Entity;
import dev.terms.question.Frame;
import dev.terms.question.Lexicon;
import dev.terms.question.Query;
import dev.terms.question.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a {@link Query} from the loaded agreements. It weighs every clause against the
 * question's topic, filters by subject, modality and date, and projects the answer by type.
 * It abstains rather than stretch a weak match: a wrong answer is worse than none.
 */
public final class Engine {

    /** The share of the question's topic a clause must cover to be considered at all. */
    static final double MIN_COVERAGE = 0.6;
    /** How many clauses near a yes/no question are unified with it beyond those its words already cover. */
    static final int POOL = 40;
    /** Answers come from clauses scoring at least this share of the best one. */
    static final double NEAR_BEST = 0.5;
    private static final java.util.regex.Pattern DURATION =
            java.util.regex.Pattern.compile("\\b(day|week|month|year)s?\\b");

    private final Corpus corpus;
    private final Index index;
    /** Each clause's words, made the first time a question weighs the clause. */
    private final Map<Corpus.Item, ClauseWords> words = new HashMap<>();
    private final Map<String, List<String>> nameKeys = new HashMap<>();

    public Engine(Corpus corpus) {
        this.corpus = corpus;
        this.index = new Index(corpus);
    }

    /** Each clause's frame, made the first time a question unifies with the clause. */
    private final Map<Corpus.Item, ClauseFrame> frames = new HashMap<>();

    private ClauseFrame frame(Corpus.Item it) {
        return frames.computeIfAbsent(it, i -> ClauseFrame.of(i.agreement(), i.clause()));
    }

    private ClauseWords words(Corpus.Item it) {
        return words.computeIfAbsent(it, i -> ClauseWords.of(i.agreement(), i.clause()));
    }

    /** How a clause relates to the question's subject: it binds or benefits the subject directly, or owes it. */
    enum Relation { DIRECT, REVERSED }

    /** One clause weighed: its status at the date asked, its topic score, and the reasons. */
    record Weighed(Corpus.Item item, Status status, double points, double coverage, boolean strong,
            boolean kindMissed, Relation relation, List<String> why) {
        boolean topical() {
            return !kindMissed && strong && coverage >= MIN_COVERAGE;
        }
    }

    public Result answer(Query q) {
        if (q.question().isBlank()) return result(q, List.of(), List.of(), "No answer: the question is empty.");
        if (q.tooLong()) {
            return result(q, List.of(), List.of(), "No answer: the question is " + q.question().length()
                    + " characters long; questions are read up to " + Query.MAX_CHARS + ".");
        }
        if (q.aboutAgreement()) return aboutAgreement(q);
        Result named = named(q);
        if (named != null) return named;
        // first only the clauses that could cover the question; with no answer, all the candidates,
        // so that the closest clauses are suggested as before
        Collection<Corpus.Item> candidates = index.candidates(q);
        Collection<Corpus.Item> covering = index.covering(q, candidates);
        Result r = answer(q, covering);
        return r.answers().isEmpty() && covering.size() < candidates.size() ? answer(q, candidates) : r;
    }

    private Result answer(Query q, Collection<Corpus.Item> candidates) {
        List<Weighed> all = new ArrayList<>();
        for (Corpus.Item it : candidates) all.add(weigh(q, it));
        all.sort(Comparator.comparingDouble(Weighed::points).reversed()
                .thenComparing(w -> !w.status().inForce()));
        if (q.type() == Query.Type.YES_NO) return yesNo(q, all);
        Map<Corpus.Item, Unifier.Unification> unified = new HashMap<>();
        List<Weighed> chosen = choose(q, all, unified);
        List<Answer> answers = new ArrayList<>();
        String note = null;
        switch (q.type()) {
            case WHO -> who(q, chosen, answers);
            case WHERE -> chosen.forEach(w -> answers.add(whereAnswer(w)));
            case HOW_MUCH -> chosen.forEach(w -> answers.add(new Answer(new Value.Text(w.item().clause().amount()),
                    w.item().clause().amount(), w.item(), w.item().agreement(), w.status(),
                    Sentences.capitalise(w.item().clause().title()) + ": " + w.item().clause().amount() + ".")));
            case WHEN -> when(q, chosen, answers);
            case HOW_LONG -> howLong(chosen, answers);
            case WHAT -> note = what(q, chosen, answers);
            default -> throw new AssertionError(q.type());
        }
        List<Decider.Considered> considered = new ArrayList<>();
        for (Weighed w : all) {
            Unifier.Unification u = unified.get(w.item());
            if (u != null) considered.add(new Decider.Considered(w, u, frame(w.item())));
        }
        return result(q, answers, all, note, null, considered);
    }

    /**
     * Whether a clause may answer a question that asks for a slot: it fills the slots the question
     * fills (its subject, verb, words, place and number), and does not state the negative of it.
     */
    private boolean fits(Query q, Weighed w, Map<Corpus.Item, Unifier.Unification> unified) {
        ClauseFrame cf = frame(w.item());
        Unifier.Unification u = unified.computeIfAbsent(w.item(), it -> Unifier.unify(q, it, cf));
        Decider.Considered c = new Decider.Considered(w, u, cf);
        if (Decider.negative(c) != q.frame().negated()) return false;
        if (u.action().reason() != Unifier.Reason.OPEN && !u.action().reason().fills()) return false;
        if (u.number().reason() == Unifier.Reason.DIFFERENT || u.place().reason() == Unifier.Reason.DIFFERENT) return false;
        return u.unmatched().isEmpty();
    }

    // ---- weighing ----

    private Weighed weigh(Query q, Corpus.Item it) {
        Clause c = it.clause();
        Agreement a = it.agreement();
        ClauseWords w = words(it);
        Status status = corpus.status(it, q.asOf());
        List<String> why = new ArrayList<>();
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
                        if (c.kind().equals(e.id())) { p = 6; r = "kind is " + e.id(); }
                        else if (namedAsKind(w, e.id())) { p = 4; r = "named as " + e.id(); }
                        else if (e.id().equals("exclusivity") && c.exclusive() != null) {
                            // a clause stated to be non-exclusive answers "is it exclusive?" too: with no
                            p = 4; r = c.exclusive() ? "exclusive" : "stated non-exclusive";
                        }
                    }
                    case CLAUSE -> { if (c.id().equals(e.id())) { p = 10; r = "is the clause named"; } }
                    case DEFINITION, EVENT, PARTY -> {
                        if (e.id().equals(c.object())) { p = 5; r = "object is " + e.id(); }
                        else if (e.id().equals(c.where())) { p = 5; r = "where is " + e.id(); }
                        else if (refersTo(c.effective(), e.id()) || c.until().stream().anyMatch(b -> refersTo(b, e.id()))) {
                            p = 4; r = "dated by " + e.id();
                        } else if (c.party().contains(e.id()) || c.counterparty().contains(e.id())) {
                            p = 2; r = "names " + e.id();
                        } else {
                            for (String key : keys(a, e.id())) {
                                double f = fieldScore(w, key);
                                if (f > p) { p = f; r = "mentions " + e.id(); }
                            }
                        }
                    }
                    default -> throw new AssertionError(e.kind());
                }
                if (p > best) { best = p; reason = r; bestStrong = p >= 2; }
            }
            if (best == 0) {
                double f = fieldScore(w, Text.key(m.text()));
                if (f > 0) { best = f; bestStrong = f >= 2; reason = "mentions '" + m.text() + "'"; }
            }
            total += 2;
            if (best > 0) {
                matched += 2;
                points += best;
                strong |= bestStrong;
                why.add(reason);
            } else {
                if (onlyKinds) kindMissed = true;
                why.add("does not match '" + m.text() + "'");
            }
        }
        for (String stem : q.words()) {
            double f = fieldScore(w, stem);
            total += 1;
            if (f > 0) {
                matched += 1;
                points += f;
                strong |= f >= 2;
                why.add("'" + stem + "' in " + fieldName(w, stem));
            } else {
                why.add("no '" + stem + "'");
            }
        }
        if (q.place() != null && placeMatches(q.place(), it)) {
            points += 2;
            why.add("about " + q.place().text());
        }
        for (String p : q.parties()) {
            if (c.party().contains(p) || c.counterparty().contains(p)) points += 0.5;
        }
        double coverage = total == 0 ? 1 : matched / total;
        Relation relation = relation(q, c);
        if (relation == null) why.add(q.subject() != null ? "not about " + q.subject() + " in that role"
                : "modality " + c.modality().word() + " does not fit");
        return new Weighed(it, status, points, coverage, strong, kindMissed, relation, why);
    }

    private static boolean refersTo(Bound b, String id) {
        return b instanceof Bound.OnEvent e && e.event().equals(id);
    }

    private static boolean namedAsKind(ClauseWords w, String kind) {
        for (String synonym : Lexicon.KINDS.getOrDefault(kind, List.of())) {
            if (ClauseWords.has(w.names(), Text.key(synonym))) return true;
        }
        return false;
    }

    private List<String> keys(Agreement a, String id) {
        return nameKeys.computeIfAbsent(a.id() + "/" + id, k -> {
            Named n = a.named(id);
            List<String> out = new ArrayList<>();
            if (n == null) return out;
            out.add(Text.key(n.name()));
            for (String alias : n.aliases()) out.add(Text.key(alias));
            return out;
        });
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

    private static boolean placeIsWhere(Query.Mention place, Corpus.Item it) {
        String where = it.clause().where();
        for (Entity e : place.entities()) if (e.id().equals(where)) return true;
        String key = Text.key(place.text());
        Named n = it.agreement().named(where);
        List<String> names = new ArrayList<>(List.of(where));
        if (n != null) { names.add(n.name()); names.addAll(n.aliases()); }
        for (String name : names) if (key.equals(Text.key(name))) return true;
        return false;
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
            case HOW_MUCH -> c.amount() != null;
            default -> true;
        };
    }

    /** The clauses that answer: topical, in view, fitting; direct ones first, those owed as a fallback. */
    private List<Weighed> choose(Query q, List<Weighed> all, Map<Corpus.Item, Unifier.Unification> unified) {
        // "what must OpenAI do?" lists; a question that names nothing at all lists nothing
        boolean listing = q.type() == Query.Type.WHAT && q.focus() == Query.Focus.NONE && !q.hasTopic()
                && (q.subject() != null || !q.modalities().isEmpty());
        for (Relation r : Relation.values()) {
            List<Weighed> pass = new ArrayList<>();
            for (Weighed w : all) {
                if (w.relation() == r && inWindow(q, w) && projectable(q, w.item().clause())
                        && (listing || q.hasTopic() && (w.topical() || w.points() > 0) && fits(q, w, unified))) pass.add(w);
            }
            if (pass.isEmpty()) continue;
            if (listing) return pass;
            // a clause of the modality asked ("who is entitled": a right) over one that only states it
            if (pass.stream().anyMatch(w -> modality(unified, w) == Unifier.Reason.SAME))
                pass.removeIf(w -> modality(unified, w) != Unifier.Reason.SAME);
            // a clause whose fields say what the question says over one whose quoted text only mentions it
            int fewest = pass.stream().mapToInt(w -> inTextOnly(unified, w)).min().orElse(0);
            pass.removeIf(w -> inTextOnly(unified, w) > fewest);
            double best = pass.get(0).points();
            double coverage = pass.get(0).coverage();
            boolean single = q.type() == Query.Type.WHEN || q.type() == Query.Type.HOW_LONG
                    || q.focus() != Query.Focus.NONE;
            List<Weighed> out = new ArrayList<>();
            for (Weighed w : pass) {
                // near the best in score, and covering as much of the question as the best does
                if (w.points() >= (single ? best : NEAR_BEST * best) && w.coverage() >= coverage) out.add(w);
            }
            return out;
        }
        return List.of();
    }

    private static int inTextOnly(Map<Corpus.Item, Unifier.Unification> unified, Weighed w) {
        Unifier.Unification u = unified.get(w.item());
        if (u == null) return 0;
        int n = 0;
        for (Unifier.WordMatch m : u.words()) if (m.field() == ClauseFrame.Field.TEXT) n++;
        return n;
    }

    private static Unifier.Reason modality(Map<Corpus.Item, Unifier.Unification> unified, Weighed w) {
        Unifier.Unification u = unified.get(w.item());
        return u == null ? Unifier.Reason.OPEN : u.modality().reason();
    }

    // ---- projections ----

    private void who(Query q, List<Weighed> chosen, List<Answer> answers) {
        Set<String> seen = new LinkedHashSet<>();
        for (Weighed w : chosen) {
            Clause c = w.item().clause();
            // "whom must the licensee indemnify?" asks for the one the duty is owed to
            boolean whom = q.frame().asked() == Frame.Asked.WHOM && !c.counterparty().isEmpty();
            List<String> ids = (w.relation() == Relation.DIRECT) != whom ? c.party() : c.counterparty();
            List<String> others = ids.stream().filter(p -> !q.parties().contains(p)).toList();
            if (others.isEmpty() && whom) {
                // "to whom does each Contributor grant …": the party named acts, the one asked for is the other side
                List<String> side = ids == c.party() ? c.counterparty() : c.party();
                others = side.stream().filter(p -> !q.parties().contains(p)).toList();
            }
            if (!others.isEmpty()) ids = others;
            for (String id : ids) {
                if (!seen.add(w.item().agreement().id() + "/" + id)) continue;
                String sentence = w.relation() == Relation.DIRECT && !whom ? Sentences.rule(w.item(), List.of(id))
                        : w.item().agreement().label(id) + " is owed this: " + Sentences.rule(w.item());
                answers.add(new Answer(new Value.Party(id), w.item().agreement().label(id), w.item(),
                        w.item().agreement(), w.status(), past(q, w, sentence)));
            }
        }
    }

    private Answer whereAnswer(Weighed w) {
        Clause c = w.item().clause();
        Agreement a = w.item().agreement();
        Value v = a.definitions().containsKey(c.where()) ? new Value.Definition(c.where()) : new Value.Text(c.where());
        return new Answer(v, a.label(c.where()), w.item(), a, w.status(), Sentences.placed(w.item()));
    }

    private void when(Query q, List<Weighed> chosen, List<Answer> answers) {
        for (Weighed w : chosen) {
            Clause c = w.item().clause();
            Status s = w.status();
            String title = Sentences.capitalise(c.title());
            boolean wantEnd = q.focus() == Query.Focus.END;
            boolean wantStart = q.focus() == Query.Focus.START || q.focus() == Query.Focus.NONE;
            if (wantStart) {
                if (c.effective() instanceof Bound.OnEvent e && s.state() == Status.State.PENDING) {
                    answers.add(new Answer(new Value.Event(e.event()), w.item().agreement().label(e.event()), w.item(),
                            w.item().agreement(), s, title + " starts when " + w.item().agreement().label(e.event())
                            + " happens, which has not happened as of " + q.asOf() + "."));
                } else if (s.start() != null) {
                    answers.add(new Answer(new Value.Date(s.start()), s.start().toString(), w.item(),
                            w.item().agreement(), s, title + (s.start().isAfter(q.asOf()) ? " starts on " : " started on ")
                            + s.start() + "."));
                }
            }
            if (wantEnd || (q.focus() == Query.Focus.NONE && s.end() != null)) {
                Status.End end = s.end();
                if (end != null) {
                    answers.add(new Answer(new Value.Date(end.on()), end.on().toString(), w.item(), w.item().agreement(),
                            s, title + endSentence(end, q.asOf(), w.item())));
                } else {
                    for (Bound b : c.until()) {
                        if (b instanceof Bound.OnEvent e) {
                            answers.add(new Answer(new Value.Event(e.event()), w.item().agreement().label(e.event()),
                                    w.item(), w.item().agreement(), s, title + " ends upon "
                                    + w.item().agreement().label(e.event()) + ", which has not happened as of " + q.asOf() + "."));
                        }
                    }
                }
            }
        }
    }

    private static String endSentence(Status.End end, LocalDate asOf, Corpus.Item item) {
        boolean past = !end.on().isAfter(asOf);
        if (end instanceof Status.SupersededBy s) {
            return (past ? " ended on " : " ends on ") + s.on() + ", when " + s.clause() + " replaced it (last day in force "
                    + Timeline.lastDay(end) + ").";
        }
        if (end instanceof Status.Until u) {
            if (u.event() != null) return (past ? " ended on " : " ends on ") + u.on() + " upon "
                    + item.agreement().label(u.event()) + ".";
            return (past ? " expired on " : " runs until ") + u.on() + (past ? "." : " (inclusive).");
        }
        if (end instanceof Status.AgreementEnds e) {
            return (past ? " ended on " : " ends on ") + e.on() + " with the agreement.";
        }
        throw new AssertionError(end);
    }

    private void howLong(List<Weighed> chosen, List<Answer> answers) {
        for (Weighed w : chosen) {
            Status s = w.status();
            String title = Sentences.capitalise(w.item().clause().title());
            // a period the clause states ("for 5 years", "30 days after notice") is its own answer; else its dates
            if (w.item().clause().amount() != null && DURATION.matcher(w.item().clause().amount()).find()) {
                String amount = w.item().clause().amount();
                answers.add(new Answer(new Value.Text(amount), amount, w.item(), w.item().agreement(), s,
                        title + ": " + amount + "."));
            } else if (s.start() != null && s.lastDay() != null) {
                String span = s.start() + " to " + s.lastDay();
                answers.add(new Answer(new Value.Text(span), Sentences.duration(s.start(), s.lastDay()), w.item(),
                        w.item().agreement(), s, title + " runs " + Sentences.duration(s.start(), s.lastDay())
                        + ", from " + s.start() + " to " + s.lastDay() + "."));
            } else if (s.start() != null) {
                answers.add(new Answer(new Value.Text("from " + s.start()), "no end date", w.item(), w.item().agreement(),
                        s, title + " runs from " + s.start() + " with no end date in the file."));
            }
        }
    }

    private String what(Query q, List<Weighed> chosen, List<Answer> answers) {
        if (q.focus() == Query.Focus.REPLACED_BY || q.focus() == Query.Focus.REPLACES) {
            if (chosen.isEmpty()) return null;
            Weighed x = chosen.get(0);
            Timeline t = corpus.timeline(x.item().agreement());
            List<Clause> related = q.focus() == Query.Focus.REPLACED_BY ? t.supersededBy(x.item().clause())
                    : x.item().clause().supersedes().stream().map(id -> x.item().agreement().clause(id)).toList();
            for (Clause c : related) {
                Corpus.Item item = new Corpus.Item(x.item().agreement(), c);
                Status s = t.status(c, q.asOf());
                String sentence = q.focus() == Query.Focus.REPLACED_BY
                        ? Sentences.capitalise(c.title()) + " (" + c.id() + ") replaced " + x.item().clause().title()
                          + " on " + s.start() + "."
                        : Sentences.capitalise(x.item().clause().title()) + " replaced " + c.title() + " (" + c.id() + ").";
                answers.add(new Answer(new Value.Clause(c.id()), c.title(), item, item.agreement(), s, sentence));
            }
            return related.isEmpty() ? "Nothing in the file replaces or is replaced by " + x.item().clause().id() + "." : null;
        }
        Set<String> agreements = new LinkedHashSet<>();
        String head = head(q);
        for (Weighed w : chosen) {
            Clause c = w.item().clause();
            Agreement a = w.item().agreement();
            // "in what field …": the clause's object or place of that kind
            var d = head == null ? null : definitionOfKind(a, c, head);
            if (d != null) {
                answers.add(new Answer(new Value.Definition(d.id()), d.name(), w.item(), a, w.status(),
                        Sentences.capitalise(d.name()) + ": " + Sentences.rule(w.item())));
                continue;
            }
            if (q.whichAgreements()) {
                if (agreements.add(a.id())) answers.add(new Answer(new Value.Agreement(a.id()), a.title(), w.item(), a,
                        w.status(), a.title() + ": " + past(q, w, Sentences.rule(w.item()))));
                continue;
            }
            // "what must X do?" asks for the action; "what must X give?" for the clause that says it
            Frame.Term verb = q.frame().action();
            boolean asksDoing = (verb == null || verb.word().equals("do")) && c.action() != null;
            answers.add(new Answer(new Value.Clause(c.id()), asksDoing ? c.title() + ": " + c.action() : c.title(),
                    w.item(), a, w.status(),
                    past(q, w, Sentences.rule(w.item()))));
        }
        return null;
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

    private static dev.terms.model.Definition definitionOfKind(Agreement a, Clause c, String head) {
        for (String ref : new String[] {c.object(), c.where()}) {
            var d = ref == null ? null : a.definitions().get(ref);
            if (d == null) continue;
            boolean kind = d.type() != null && Text.stem(d.type()).equals(head);
            boolean named = (" " + Text.key(d.name()) + " ").contains(" " + head + " ")
                    || d.aliases().stream().anyMatch(x -> Text.key(x).equals(head));
            if (kind || named) return d;
        }
        return null;
    }

    /** In a question about the past, say when each clause applied. */
    private static String past(Query q, Weighed w, String sentence) {
        if (!q.past()) return sentence;
        return sentence.substring(0, sentence.length() - 1) + " (in force " + Sentences.period(w.status()) + ").";
    }

    // ---- yes / no ----

    private Result yesNo(Query q, List<Weighed> all) {
        List<Weighed> pool = new ArrayList<>();
        boolean topical = false;
        for (Weighed w : all) {
            boolean window = q.past() ? w.status().startedBy(q.asOf()) : true;
            // the words' weighing finds the clauses near the question; the unification decides. A clause it
            // would pass over may still meet the question through a synonym ("poach" ~ "solicit")
            if (window && q.hasTopic() && (w.topical() || w.points() > 0 && pool.size() < POOL)) pool.add(w);
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
        for (Weighed w : pool) {
            ClauseFrame cf = frame(w.item());
            considered.add(new Decider.Considered(w, Unifier.unify(q, w.item(), cf), cf));
        }
        Decider.Decision d = Decider.decide(q, considered);
        if (d.yes() == null) return result(q, answers, all, null, d, considered);
        answers.add(sentence(q, d));
        return result(q, answers, all, null, d, considered);
    }

    /** The sentence for a decision, by its row. */
    private Answer sentence(Query q, Decider.Decision d) {
        Weighed w = d.by().weighed();
        Corpus.Item item = w.item();
        Clause c = item.clause();
        Status s = w.status();
        String rule = Sentences.rule(item);
        String sentence = switch (d.row()) {
            case FILLS_EVERY_SLOT -> q.past() ? "Yes: " + rule.replaceAll("\\.$", "") + " (in force " + Sentences.period(s) + ")."
                    : "Yes: " + rule;
            case STATES_NEGATIVE -> (d.yes() ? "Yes: " : "No: ") + Sentences.capitalise(c.title()) + " ("
                    + Sentences.names(item.agreement(), c.party()) + ").";
            case PROHIBITED -> "No: " + rule;
            case ONLY_FOR -> "No: " + rule;
            case PROHIBITION_EXCEPTED -> "Yes, by exception: " + c.title() + " does not apply " + d.reason().substring(8) + ".";
            case PLACE_ELSEWHERE -> c.action() == null ? "No: " + Sentences.placed(item)
                    : "No: only " + (Sentences.onPlatform(item.agreement(), c.where()) ? "on " : "in ")
                    + item.agreement().label(c.where()) + ". " + rule;
            case HELD_EXCLUSIVELY_BY_OTHER, HELD_BY_OTHER -> "No: " + c.title() + " " + Sentences.heldBy(item) + ".";
            case OTHER_VALUE -> "No: " + Sentences.capitalise(c.title()) + ": " + (c.amount() != null ? c.amount()
                    : d.by().unification().number().stated()) + ".";
            case STATED_NON_EXCLUSIVE -> (d.yes() ? "Yes: " : "No: ") + c.title() + " is stated to be non-exclusive.";
            case NO_LONGER -> s.end() instanceof Status.SupersededBy by
                    ? "No longer: since " + by.on() + ", replaced by " + by.clause() + " ("
                      + item.agreement().clause(by.clause()).title() + ")."
                    : "No longer: " + c.title() + " " + Sentences.status(item, s) + ".";
            case NO_LONGER_RESTRICTED -> "No longer restricted: " + c.title() + " " + Sentences.status(item, s) + ".";
            case PERMITTED_NOT_REQUIRED -> "No: " + rule.replaceAll("\\.$", "") + ", but the file states no duty to.";
            case NOT_SAID -> throw new AssertionError(d.row());
        };
        return new Answer(new Value.YesNo(d.yes()), d.row() == Decider.Row.NO_LONGER_RESTRICTED ? "no longer restricted"
                : d.yes() ? "yes" : "no", item, item.agreement(), s, sentence);
    }

    // ---- what the files name: a party by its role, a defined term by its meaning ----

    /**
     * "Who is the processor?" names a party by its role; "what is the Purpose?" asks what a defined
     * term means. Both are answered from the names the file gives, citing the agreement.
     */
    private Result named(Query q) {
        Frame f = q.frame();
        boolean bare = f.action() == null && f.condition().isEmpty() && f.place() == null;
        if (q.type() == Query.Type.WHO && bare && q.subject() == null && q.parties().size() == 1
                && q.modalities().isEmpty()) {
            List<Answer> answers = new ArrayList<>();
            for (Agreement a : corpus.agreements()) {
                var p = a.parties().get(q.parties().get(0));
                // "who is the data processor": every other word is the party's own, in its name, aliases or role
                if (p == null || !f.words().stream().filter(t -> t.role() == Frame.Role.OBJECT || t.role() == Frame.Role.THING)
                        .allMatch(t -> describes(p, t))) continue;
                answers.add(new Answer(new Value.Party(p.id()), p.name(), null, a, corpus.timeline(a).agreementStatus(q.asOf()),
                        p.name() + " is " + (p.role() != null ? p.role() : "a party to " + a.title()) + "."));
            }
            return answers.isEmpty() ? null : result(q, answers, List.of(), null);
        }
        // "has the relationship update happened?": an event, answered by its date
        if (q.type() == Query.Type.YES_NO && bare && f.object().isEmpty() && q.topics().size() == 1) {
            List<Answer> answers = new ArrayList<>();
            for (Entity e : q.topics().get(0).entities()) {
                if (e.kind() != Entity.Kind.EVENT) continue;
                Agreement a = corpus.agreements().stream().filter(x -> x.id().equals(e.agreement())).findFirst().orElse(null);
                var ev = a == null ? null : a.events().get(e.id());
                if (ev == null) continue;
                boolean happened = ev.date() != null && !ev.date().isAfter(q.asOf());
                String sentence = happened ? "Yes: " + Sentences.capitalise(ev.name()) + " happened on " + ev.date() + "."
                        : "No: " + (ev.date() == null ? "the file gives no date for " + ev.name()
                        : ev.name() + " happens on " + ev.date()) + ", so it has not happened as of " + q.asOf() + ".";
                answers.add(new Answer(new Value.YesNo(happened), happened ? "yes" : "no", null, a,
                        corpus.timeline(a).agreementStatus(q.asOf()), sentence));
            }
            if (!answers.isEmpty()) return result(q, answers, List.of(), null);
        }
        // "what is the Purpose": a copula right after the question word, then a defined term
        List<Frame.Term> w = f.words();
        int i = 0;
        while (i < w.size() && w.get(i).role() == Frame.Role.FILLER) i++;
        boolean whatIs = q.type() == Query.Type.WHAT && i + 1 < w.size() && w.get(i).word().equals("what")
                && Set.of("is", "are").contains(w.get(i + 1).word());
        if (!whatIs || q.topics().isEmpty()) return null;
        int h = i + 2;
        while (h < w.size() && w.get(h).role() == Frame.Role.FILLER) h++;
        Query.Mention first = q.topics().get(0);
        if (h >= w.size() || w.get(h).role() != Frame.Role.THING || !first.text().startsWith(w.get(h).word())) return null;
        List<Answer> answers = new ArrayList<>();
        for (Entity e : first.entities()) {
            if (e.kind() != Entity.Kind.DEFINITION) continue;
            Agreement a = corpus.agreements().stream().filter(x -> x.id().equals(e.agreement())).findFirst().orElse(null);
            var d = a == null ? null : a.definitions().get(e.id());
            if (d == null || d.means() == null) continue;
            answers.add(new Answer(new Value.Definition(d.id()), d.means(), null, a, corpus.timeline(a).agreementStatus(q.asOf()),
                    Sentences.capitalise(d.name()) + " means " + d.means() + "."));
        }
        return answers.isEmpty() ? null : result(q, answers, List.of(), null);
    }

    private static boolean describes(dev.terms.model.Party p, Frame.Term t) {
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.name());
        if (p.role() != null) names.add(p.role());
        for (String n : names) for (Text.Token x : Text.tokens(n)) if (x.stem().equals(t.stem())) return true;
        return false;
    }

    // ---- the agreement as a whole ----

    private Result aboutAgreement(Query q) {
        List<Answer> answers = new ArrayList<>();
        for (Agreement a : corpus.agreements()) {
            Status s = corpus.timeline(a).agreementStatus(q.asOf());
            switch (q.type()) {
                case YES_NO -> {
                    boolean yes = q.focus() == Query.Focus.END ? s.state() == Status.State.EXPIRED : s.inForce();
                    answers.add(new Answer(new Value.YesNo(yes), yes ? "yes" : "no", null, a, s,
                            (yes ? "Yes: " : "No: ") + a.title() + " is " + agreementState(s) + " as of " + q.asOf() + "."));
                }
                case WHEN -> {
                    if (q.focus() != Query.Focus.END && a.effective() != null) {
                        answers.add(new Answer(new Value.Date(a.effective()), a.effective().toString(), null, a, s,
                                a.title() + " took effect on " + a.effective() + "."));
                    }
                    if (q.focus() != Query.Focus.START && s.end() != null) {
                        answers.add(new Answer(new Value.Date(s.end().on()), s.end().on().toString(), null, a, s,
                                a.title() + " ends on " + s.end().on() + "."));
                    } else if (q.focus() == Query.Focus.END) {
                        for (Bound b : a.until()) {
                            if (b instanceof Bound.OnEvent e) {
                                answers.add(new Answer(new Value.Event(e.event()), a.label(e.event()), null, a, s,
                                        a.title() + " ends upon " + a.label(e.event()) + ", which has not happened as of "
                                        + q.asOf() + "."));
                            }
                        }
                    }
                }
                case HOW_LONG -> {
                    if (a.effective() != null && s.lastDay() != null) {
                        answers.add(new Answer(new Value.Text(a.effective() + " to " + s.lastDay()),
                                Sentences.duration(a.effective(), s.lastDay()), null, a, s,
                                a.title() + " runs from " + a.effective() + " to " + s.lastDay() + "."));
                    }
                }
                default -> {
                    for (var p : a.parties().values()) {
                        answers.add(new Answer(new Value.Party(p.id()), p.name(), null, a, s,
                                p.name() + " is a party to " + a.title() + "."));
                    }
                }
            }
        }
        return result(q, answers, List.of(), answers.isEmpty() ? "The file does not say." : null);
    }

    private static String agreementState(Status s) {
        return switch (s.state()) {
            case IN_FORCE -> "in force" + (s.start() != null ? " since " + s.start() : "");
            case PENDING -> "not yet in force";
            case EXPIRED -> "no longer in force (ended " + s.lastDay() + ")";
            case SUPERSEDED -> "superseded";
        };
    }

    // ---- the result ----

    private Result result(Query q, List<Answer> answers, List<Weighed> all, String note) {
        return result(q, answers, all, note, null, List.of());
    }

    private Result result(Query q, List<Answer> answers, List<Weighed> all, String note, Decider.Decision decision,
            List<Decider.Considered> considered) {
        Map<Corpus.Item, Unifier.Unification> unified = new HashMap<>();
        for (Decider.Considered c : considered) unified.put(c.weighed().item(), c.unification());
        Map<Corpus.Item, Boolean> cited = new LinkedHashMap<>();
        for (Answer a : answers) if (a.clause() != null) cited.putIfAbsent(a.clause(), true);
        List<Candidate> candidates = new ArrayList<>();
        for (Weighed w : all) {
            if (w.points() <= 0 && w.relation() == null) continue;
            if (w.points() <= 0 && q.hasTopic()) continue;
            candidates.add(new Candidate(w.item(), w.points(), cited.containsKey(w.item()), w.why(),
                    unified.get(w.item())));
        }
        List<Corpus.Item> suggestions = new ArrayList<>();
        if (answers.isEmpty()) {
            for (Weighed w : all) {
                if (w.points() > 0 && suggestions.size() < 3) suggestions.add(w.item());
            }
        }
        return new Result(q, List.copyOf(answers), List.copyOf(cited.keySet()), suggestions, candidates, note,
                decision);
    }
}
