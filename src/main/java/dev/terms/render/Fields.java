package dev.terms.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented fields of each JSON object the tool prints, nested where a field holds objects
 * (or a list of them): what {@code --fields} may name, {@code answers.value} for a nested one. One
 * list per shape, beside the views that build the shapes; a test holds every object printed for
 * the repository's agreements to these lists, so neither can drift from the other.
 */
public record Fields(Map<String, Fields> named) {

    public static final Fields NONE = new Fields(Map.of());

    public Fields {
        named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /** Fields that hold plain values. */
    public static Fields of(String... names) {
        Map<String, Fields> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, NONE);
        return new Fields(m);
    }

    /** These fields and one that holds objects of the given fields. */
    public Fields with(String name, Fields inside) {
        Map<String, Fields> m = new LinkedHashMap<>(named);
        m.put(name, inside);
        return new Fields(m);
    }

    public Fields and(String... names) {
        Map<String, Fields> m = new LinkedHashMap<>(named);
        for (String n : names) m.putIfAbsent(n, NONE);
        return new Fields(m);
    }

    /** Every name, nested ones as {@code a.b}, in order. */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        for (var e : named.entrySet()) {
            out.add(e.getKey());
            for (String p : e.getValue().paths()) out.add(e.getKey() + "." + p);
        }
        return out;
    }

    /** The first of these names that is not a field, or null when all are. */
    public String unknown(List<String> names) {
        for (String n : names) if (!paths().contains(n)) return n;
        return null;
    }

    /**
     * Only the named fields of an object, in the order named; a field the object lacks is null,
     * so that every object printed has the same fields. {@code a.b} keeps field b of the object
     * (or of each object in the list) that field a holds; a named a keeps all of it.
     */
    public static Object pick(Object tree, List<String> names) {
        if (!(tree instanceof Map<?, ?> m)) return tree;
        Map<String, List<String>> inside = new LinkedHashMap<>();
        for (String n : names) {
            int dot = n.indexOf('.');
            String top = dot < 0 ? n : n.substring(0, dot);
            List<String> sub = inside.computeIfAbsent(top, k -> new ArrayList<>());
            if (dot < 0) sub.add(null); // the whole field
            else sub.add(n.substring(dot + 1));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : inside.entrySet()) {
            Object v = m.get(e.getKey());
            if (!e.getValue().contains(null)) {
                v = v instanceof List<?> l ? l.stream().map(x -> pick(x, e.getValue())).toList() : pick(v, e.getValue());
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    public static final Fields LOCATION = of("file", "line", "column");

    /** The flat names of a location that 0.1 printed where the location is now nested: aliases through 0.2. */
    private static final String[] FLAT_LOCATION = {"file", "line", "column"};

    public static final Fields CLAUSE = of("id", "agreement", "status", "title", "kind", "modality", "polarity", "party",
            "counterparty", "action", "object", "where", "exclusive", "amount", "purpose", "conditions", "exceptions",
            "effective", "until", "supersedes", "survives")
            .with("quantity", of("number", "unit", "per", "of"))
            .and("every", "due", "notice", "mutual", "aliases", "tags", "text", "source", "evidence", "note",
                    "supersededBy", "start", "lastDay")
            .with("location", LOCATION);

    public static final Fields POSITION = of("clause", "title", "modality", "as", "status");

    public static final Fields PARTY = of("id", "agreement", "name", "aliases", "role")
            .with("holds", POSITION).with("owes", POSITION).with("statements", POSITION);

    public static final Fields MILESTONE = of("date", "kind", "clause", "by", "agreement", "event", "title", "until",
            "lastDay", "noticeBy");

    public static final Fields COVERAGE = of("category", "kinds", "fields", "clauses", "covered");

    /** terms test's report. */
    public static final Fields TEST = of("ok", "passed", "failed")
            .with("questions", of().with("location", LOCATION).and("question", "asOf", "passed", "expected", "got")
                    .and(FLAT_LOCATION));

    /** terms verify's findings, one object each. */
    public static final Fields QUOTATION = of("clause", "agreement").with("location", LOCATION).and("result")
            .with("at", LOCATION).with("closest", LOCATION.and("passage", "marked")).and("why");

    /** One problem in a file (check -o json; a JSON error's problems). */
    public static final Fields DIAGNOSTIC = of().with("location", LOCATION).and("severity", "code", "message")
            .and(FLAT_LOCATION);

    public static final Fields CHECK = of("ok").with("problems", DIAGNOSTIC);

    public static final Fields ANSWER = of("value", "label", "clause", "agreement", "status", "sentence")
            .with("slots", of("slot", "asked", "reason", "stated")).and("unmatched");

    public static final Fields FRAME = of("asked", "subject", "others", "modalities", "polarity", "action", "object", "place",
            "numbers", "condition", "conditionPolarity", "words");

    /** A clause supporting an answer: where its quotation stands in the contract's own text too (terms verify). */
    public static final Fields ANSWER_CLAUSE = CLAUSE.with("sourceLocation", LOCATION);

    /** {@code line}: the question's line in the input of {@code ask --batch}. */
    public static final Fields RESULT = of("question", "line", "type", "asOf").with("answers", ANSWER)
            .with("clauses", ANSWER_CLAUSE)
            .with("suggestions", of("clause", "agreement", "title")).and("note").with("frame", FRAME).and("decision")
            .with("explain", of("query").with("frame", FRAME).and("decision", "candidates"));

    private static final Fields PARTY_DELTA = of("party", "agreement", "gainedHolds", "lostHolds", "gainedOwes", "lostOwes");

    private static final Fields QUESTIONS = of("question").with("before", ANSWER).with("after", ANSWER);

    public static final Fields DATE_DIFF = of("from", "to")
            .with("clauses", of("kind", "clause", "agreement", "title", "date", "by", "change")) // change: 0.1's kind
            .with("parties", PARTY_DELTA).with("questions", QUESTIONS);

    /** old and new: 0.1's before and after, aliases through 0.2. */
    public static final Fields FILE_DIFF = of("before", "after", "added", "removed")
            .with("changed", of("clause", "title").with("fields", of("field", "before", "after", "change", "old", "new")))
            .with("parties", PARTY_DELTA).and("old", "new").with("questions", QUESTIONS);
}
