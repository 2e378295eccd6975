package dev.terms.render;

import dev.terms.answer.Answer;
import dev.terms.answer.Candidate;
import dev.terms.answer.Result;
import dev.terms.answer.Unifier;
import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Location;
import dev.terms.model.Positions;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import dev.terms.question.Entity;
import dev.terms.question.Frame;
import dev.terms.question.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of everything the tool prints: fixed camelCase field names in a fixed order.
 * Renderers for JSON, NDJSON and YAML all write these trees.
 */
public final class Views {

    private Views() {}

    /** A clause in full: every field as in the file, then its status at the date and where it sits. */
    public static Map<String, Object> clause(Corpus corpus, Corpus.Item item, LocalDate asOf) {
        Clause c = item.clause();
        Timeline t = corpus.timeline(item.agreement());
        Status s = t.status(c, asOf);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("agreement", item.agreement().id());
        m.put("status", s.state().word());
        m.putAll(fields(c));
        putList(m, "supersededBy", t.supersededBy(c).stream().map(Clause::id).toList());
        put(m, "start", s.start() == null ? null : s.start().toString());
        put(m, "lastDay", s.lastDay() == null ? null : s.lastDay().toString());
        m.put("location", location(c.location()));
        return m;
    }

    /** Clauses in full, each as {@link #clause} gives it. */
    public static List<Object> clauses(Corpus corpus, List<Corpus.Item> items, LocalDate asOf) {
        List<Object> out = new ArrayList<>();
        for (Corpus.Item it : items) out.add(clause(corpus, it, asOf));
        return out;
    }

    /**
     * One problem found in a file, as check -o json and a JSON error print it: its {@code location}
     * nested, as a clause's is; the flat {@code file}, {@code line} and {@code column} after it are
     * the 0.1 names, kept as aliases through 0.2 (README, "Renamed fields").
     */
    public static Map<String, Object> diagnostic(dev.terms.load.Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", location(d.location()));
        m.put("severity", d.severity().word());
        m.put("code", d.code());
        m.put("message", d.message());
        m.put("file", d.location().file()); // the 0.1 names, as 0.1 printed them
        m.put("line", d.location().line());
        m.put("column", d.location().column());
        return m;
    }

    /** A clause's own fields as the file gives them, in the format's order ({@code party} always a list). */
    public static Map<String, Object> fields(Clause c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("kind", c.kind());
        m.put("modality", c.modality().word());
        if (c.negative()) m.put("polarity", c.polarity().word());
        m.put("party", c.party());
        putList(m, "counterparty", c.counterparty());
        put(m, "action", c.action());
        put(m, "object", c.object());
        put(m, "where", c.where());
        put(m, "exclusive", c.exclusive());
        put(m, "amount", c.amount());
        put(m, "purpose", c.purpose());
        putList(m, "conditions", c.conditions());
        putList(m, "exceptions", c.exceptions());
        if (c.effective() != null) m.put("effective", Bound.text(c.effective()));
        if (!c.until().isEmpty()) m.put("until", c.until().stream().map(Bound::text).toList());
        putList(m, "supersedes", c.supersedes());
        put(m, "survives", c.survives());
        if (c.quantity() != null) m.put("quantity", quantity(c.quantity()));
        if (c.every() != null) m.put("every", c.every().text());
        if (c.due() != null) m.put("due", dev.terms.model.Due.text(c.due()));
        if (c.notice() != null) m.put("notice", c.notice().text());
        if (c.mutual()) m.put("mutual", true);
        putList(m, "aliases", c.aliases());
        putList(m, "tags", c.tags());
        put(m, "text", c.text());
        put(m, "source", c.source());
        if (c.evidence() != null) m.put("evidence", c.evidence().word());
        put(m, "note", c.note());
        return m;
    }

    /** An amount as a value: its number (as JSON text, exactly), unit, per and of. */
    public static Map<String, Object> quantity(dev.terms.model.Quantity q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", q.number().toPlainString());
        put(m, "unit", q.unit());
        put(m, "per", q.per());
        put(m, "of", q.of());
        return m;
    }

    /** {@code {file, line, column}}: line and column null where there is no place in the file (an unreadable one). */
    public static Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", l.file());
        m.put("line", l.placed() ? l.line() : null);
        m.put("column", l.placed() ? l.column() : null);
        return m;
    }

    /** The spec's JSON answer. */
    public static Map<String, Object> result(Corpus corpus, Result r, boolean explain) {
        return result(corpus, r, explain, it -> null);
    }

    /**
     * The spec's JSON answer; each clause with {@code sourceLocation}, where its quotation stands
     * in the contract's own text, when {@code quoted} knows it.
     */
    public static Map<String, Object> result(Corpus corpus, Result r, boolean explain,
            java.util.function.Function<Corpus.Item, Location> quoted) {
        Query q = r.query();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", q.question());
        m.put("type", q.type().word());
        m.put("asOf", q.asOf().toString());
        // each answer's unification is its clause's first unified candidate: found by clause, not by a scan
        // of every candidate for every answer (1,851 answers of 5,168 candidates made that 10 million looks)
        Map<Corpus.Item, Unifier.Unification> unified = new HashMap<>();
        for (Candidate c : r.candidates()) if (c.unification() != null) unified.putIfAbsent(c.item(), c.unification());
        List<Object> answers = new ArrayList<>();
        for (Answer a : r.answers()) {
            Map<String, Object> one = answer(a);
            Unifier.Unification u = a.clause() == null ? null : unified.get(a.clause());
            if (u != null) unification(one, u);
            answers.add(one);
        }
        m.put("answers", answers);
        List<Object> clauses = new ArrayList<>();
        for (Corpus.Item it : r.clauses()) {
            Map<String, Object> c = clause(corpus, it, q.asOf());
            Location at = quoted.apply(it);
            if (at != null) c.put("sourceLocation", location(at));
            clauses.add(c);
        }
        m.put("clauses", clauses);
        if (!r.answered()) {
            List<Object> suggestions = new ArrayList<>();
            for (Corpus.Item it : r.suggestions()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("clause", it.clause().id());
                s.put("agreement", it.agreement().id());
                s.put("title", it.clause().title());
                suggestions.add(s);
            }
            m.put("suggestions", suggestions);
        }
        if (r.note() != null) m.put("note", r.note());
        m.put("frame", frame(q.frame(), false));
        if (r.decision() != null) m.put("decision", r.decision().row().word());
        if (explain) m.put("explain", explain(r));
        return m;
    }

    /** An answer of {@code ask --batch}: {@code line}, the question's line in the input, after {@code question}. */
    public static Map<String, Object> withLine(Map<String, Object> result, int line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", result.get("question"));
        m.put("line", line);
        m.putAll(result);
        return m;
    }

    /** The question's frame: the slot asked, each slot filled, and every word with its role. */
    public static Map<String, Object> frame(Frame f, boolean words) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asked", f.asked().word());
        m.put("subject", f.subject());
        m.put("others", f.others());
        m.put("modalities", f.modalities().stream().map(x -> x.word()).toList());
        m.put("polarity", f.negated() ? "negative" : "positive");
        m.put("action", f.action() == null ? null : f.action().word());
        m.put("object", f.object().stream().map(Frame.Term::word).toList());
        m.put("place", f.place() == null ? null : f.place().text());
        m.put("numbers", f.numbers().stream().map(a -> a.text()).toList());
        m.put("condition", f.condition().stream().map(Frame.Term::word).toList());
        m.put("conditionPolarity", f.conditionNegated() ? "negative" : "positive");
        if (!words) return m;
        List<Object> roles = new ArrayList<>();
        for (Frame.Term t : f.words()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("word", t.word());
            w.put("role", t.role().word());
            roles.add(w);
        }
        m.put("words", roles);
        return m;
    }

    /** How a question unified with a clause: each slot's reason, and the question's words it leaves unmatched. */
    private static void unification(Map<String, Object> m, Unifier.Unification u) {
        List<Object> slots = new ArrayList<>();
        for (Unifier.Slot s : u.slots()) {
            if (s.reason() == Unifier.Reason.OPEN) continue;
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("slot", s.slot());
            x.put("asked", s.asked());
            x.put("reason", s.reason().word());
            x.put("stated", s.stated());
            slots.add(x);
        }
        m.put("slots", slots);
        m.put("unmatched", u.unmatched());
    }

    public static Map<String, Object> answer(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", a.jsonValue());
        m.put("label", a.label());
        m.put("clause", a.clause() == null ? null : a.clause().clause().id());
        m.put("agreement", a.agreement().id());
        m.put("status", a.status().state().word());
        m.put("sentence", Sentence.of(a.sentence()));
        return m;
    }

    public static Map<String, Object> explain(Result r) {
        Query q = r.query();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("type", q.type().word());
        query.put("modalities", q.modalities().stream().map(x -> x.word()).toList());
        query.put("tense", q.past() ? "past" : "present");
        query.put("asOf", q.asOf().toString());
        query.put("subject", q.subject());
        query.put("parties", q.parties());
        List<Object> topics = new ArrayList<>();
        for (Query.Mention mention : q.topics()) topics.add(mention(mention));
        query.put("topics", topics);
        query.put("words", q.words());
        query.put("focus", q.focus().word());
        query.put("place", q.place() == null ? null : mention(q.place()));
        query.put("elsewhere", q.elsewhere());
        query.put("existence", q.existence());
        query.put("aboutAgreement", q.aboutAgreement());
        List<Object> candidates = new ArrayList<>();
        for (Candidate c : r.candidates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", c.item().clause().id());
            m.put("agreement", c.item().agreement().id());
            m.put("score", Math.round(c.score() * 100) / 100.0);
            m.put("taken", c.taken());
            m.put("why", c.why());
            if (c.unification() != null) unification(m, c.unification());
            candidates.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", query);
        m.put("frame", frame(q.frame(), true));
        if (r.decision() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("row", r.decision().row().word());
            d.put("clause", r.decision().by() == null ? null : r.decision().by().clause().id());
            d.put("because", r.decision().reason());
            m.put("decision", d);
        }
        m.put("candidates", candidates);
        return m;
    }

    private static Map<String, Object> mention(Query.Mention mention) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", mention.text());
        List<String> refs = new ArrayList<>();
        for (Entity e : mention.entities()) refs.add(e.kind().word() + ":" + e.id());
        m.put("refersTo", refs);
        return m;
    }

    /** A party with what it holds and what it owes, including duties that follow from others' rights. */
    public static Map<String, Object> party(Agreement a, dev.terms.model.Party p, Positions positions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("agreement", a.id());
        m.put("name", p.name());
        putList(m, "aliases", p.aliases());
        put(m, "role", p.role());
        m.put("holds", entries(positions.holds()));
        m.put("owes", entries(positions.owes()));
        m.put("statements", entries(positions.statements()));
        return m;
    }

    private static List<Object> entries(List<Positions.Entry> entries) {
        List<Object> out = new ArrayList<>();
        for (Positions.Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", e.clause().id());
            m.put("title", e.clause().title());
            m.put("modality", e.clause().modality().word());
            m.put("as", e.counterparty() ? "counterparty" : "party");
            m.put("status", e.status().state().word());
            out.add(m);
        }
        return out;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, value);
    }

    private static void putList(Map<String, Object> m, String key, List<String> value) {
        if (!value.isEmpty()) m.put(key, value);
    }
}
