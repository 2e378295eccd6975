package dev.terms.load;

import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Definition;
import dev.terms.model.Due;
import dev.terms.model.Duration;
import dev.terms.model.Event;
import dev.terms.model.Evidence;
import dev.terms.model.Location;
import dev.terms.model.Named;
import dev.terms.model.Modality;
import dev.terms.model.Party;
import dev.terms.model.Polarity;
import dev.terms.model.Quantity;
import dev.terms.model.Renewal;
import dev.terms.model.Source;
import dev.terms.model.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a document's tape into the model's parts (format version 1 or 1.1), reporting every structural
 * problem, located: types, keys, ids, dates, enums. It goes on past each one, so a broken clause
 * hides nothing of the others. Whether the references hold is {@link References}' part. One
 * decoder reads one tape: {@link #decode} makes a new one each time, nothing is kept between files.
 */
final class Decoder {

    static final int VERSION = 1;
    /** The versions this decoder reads: 1.1 adds keys and forms, and reads every version 1 file as before. */
    static final List<String> VERSIONS = List.of("1", "1.1");
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Whether {@link #ID} matches: every clause has several ids, and the pattern's repeated group
     * costs far more than a look at each character.
     */
    static boolean isId(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (s.charAt(i - 1) == '-') return false;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}-\\d{1,2}-\\d{1,2}([Tt ].*)?");

    /** The keys one kind of mapping may hold, in the order messages list them. */
    static final class Shape {
        final List<String> keys;
        final Map<String, Integer> slot = new HashMap<>();

        Shape(String... keys) {
            this.keys = List.of(keys);
            for (int i = 0; i < keys.length; i++) slot.put(keys[i], i);
        }
    }

    static final Shape TOP = new Shape("version", "agreement", "parties", "definitions", "events", "clauses");
    static final Shape AGREEMENT = new Shape("id", "title", "aliases", "effective", "until", "renewal", "sources", "note");
    static final Shape RENEWAL = new Shape("automatic", "term", "times", "notice", "by", "unless", "text", "source");
    static final Shape AMOUNT = new Shape("value", "currency", "unit", "percent", "times", "per", "of");
    static final Shape SOURCE = new Shape("id", "title", "url", "date", "file");
    static final Shape PARTY = new Shape("name", "aliases", "role", "note");
    static final Shape DEFINITION = new Shape("name", "aliases", "means", "type", "note");
    static final Shape EVENT = new Shape("name", "aliases", "date", "note");
    static final Shape CLAUSE = new Shape("id", "title", "kind", "modality", "polarity", "party", "counterparty",
            "action", "object", "where", "exclusive", "amount", "purpose", "conditions", "exceptions", "effective",
            "until", "supersedes", "survives", "every", "due", "notice", "mutual", "aliases", "tags", "text", "source",
            "evidence", "note");
    /** Keys a version 1 file may not use: an older tool would refuse them. */
    static final Set<String> AGREEMENT_SINCE_1_1 = Set.of("aliases", "renewal");
    static final Set<String> CLAUSE_SINCE_1_1 = Set.of("every", "due", "notice", "mutual");

    private final Tape tape;
    private final Limits limits;
    private final Problems problems;
    /** Whether the file says version 1.1: its keys and forms are refused in a version 1 file. */
    private boolean v11;

    private Decoder(Tape tape, Limits limits, Problems problems) {
        this.tape = tape;
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * The parts of the document on {@code tape} (whose root is slot 0), its structural problems
     * added to {@code problems}; null when there is nothing to check further (no mapping at the top).
     */
    static Draft decode(Tape tape, Limits limits, Problems problems) {
        if (tape.size() == 0 || tape.isNull(0)) {
            problems.error(new Location(tape.file, 1, 1), "empty",
                    "the file holds no terms: it needs version, agreement, parties and clauses");
            return null;
        }
        return new Decoder(tape, limits, problems).document();
    }

    /** The known keys of one mapping: where each one's key is on the tape, or -1. */
    private final class Fields {
        final Shape shape;
        final int[] key;

        Fields(Shape shape) {
            this.shape = shape;
            this.key = new int[shape.keys.size()];
            Arrays.fill(key, -1);
        }

        /** The value's slot, or -1 when the key is absent. */
        int value(String name) {
            int k = key[shape.slot.get(name)];
            return k < 0 ? -1 : tape.end(k);
        }

        boolean has(String name) {
            return key[shape.slot.get(name)] >= 0;
        }

        Location at(String name) {
            return tape.location(value(name));
        }

        long packed(String name) {
            int v = value(name);
            return v < 0 ? 0 : Draft.pack(tape.line(v), tape.column(v));
        }
    }

    // ---- the document ----

    private Draft document() {
        int root = 0;
        Fields top = object(root, "the file", TOP, List.of("version", "agreement", "parties", "clauses"));
        if (top == null) return null;
        int before = problems.count();
        version(top.value("version"));

        Fields ag = object(top.value("agreement"), "agreement", AGREEMENT, List.of("id", "title"));
        String id = null, title = null, note = null;
        LocalDate effective = null;
        List<Bound> until = List.of();
        List<String> aliases = List.of();
        List<Source> sources = List.of();
        Renewal renewal = null;
        long untilAt = 0;
        long[] renewalAt = new long[3];
        if (ag != null) {
            id = id(ag, "id", "agreement");
            title = string(ag, "title", "agreement");
            aliases = strings(ag, "aliases", "agreement");
            effective = date(ag, "effective", "agreement");
            until = bounds(ag, "until", "agreement", true);
            untilAt = ag.packed("until");
            renewal = renewal(ag.value("renewal"), renewalAt);
            sources = sources(ag.value("sources"));
            note = string(ag, "note", "agreement");
        }

        Map<String, Location> namespace = new HashMap<>();
        Section<Party> parties = section(top, "parties", "party", PARTY, true, namespace, (key, f, what, at) ->
                new Party(key, string(f, "name", what), strings(f, "aliases", what), string(f, "role", what),
                        string(f, "note", what), at));
        Section<Definition> definitions = section(top, "definitions", "definition", DEFINITION, false, namespace,
                (key, f, what, at) -> new Definition(key, string(f, "name", what), strings(f, "aliases", what),
                        string(f, "means", what), string(f, "type", what), string(f, "note", what), at));
        Section<Event> events = section(top, "events", "event", EVENT, false, namespace, (key, f, what, at) ->
                new Event(key, string(f, "name", what), strings(f, "aliases", what), date(f, "date", what),
                        string(f, "note", what), at));

        List<Clause> clauses = new ArrayList<>();
        List<long[]> at = new ArrayList<>();
        List<Boolean> clean = new ArrayList<>();
        clauses(top.value("clauses"), clauses, at, clean);
        long[] referencesAt = new long[clauses.size() * Draft.FIELDS];
        boolean[] whole = new boolean[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            System.arraycopy(at.get(i), 0, referencesAt, i * Draft.FIELDS, Draft.FIELDS);
            whole[i] = clean.get(i);
        }
        boolean structural = problems.count() > before || ag == null;
        return new Draft(tape.file, id, title, aliases, effective, until, untilAt, renewal, renewalAt, sources, note,
                parties.decoded(), definitions.decoded(), events.decoded(), parties.ids(), events.ids(),
                List.copyOf(clauses), referencesAt, whole,
                tape.location(root), structural);
    }

    /**
     * One section of named things: what decoded whole, by id, and every id it declares (null when
     * the section is not a mapping, so that references to it are not reported again).
     */
    private record Section<T extends Named>(Map<String, T> decoded, Set<String> ids) {}

    private interface Make<T> {
        T make(String key, Fields f, String what, Location at);
    }

    /** Parties, definitions or events: each member an object with a name, its id claimed in the one namespace. */
    private <T extends Named> Section<T> section(Fields top, String section, String word, Shape shape, boolean required,
            Map<String, Location> namespace, Make<T> make) {
        Map<String, T> decoded = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        int[] members = members(top.value(section), section, required);
        for (int k : members == null ? new int[0] : members) {
            String key = tape.text(k);
            ids.add(key);
            String what = word + " '" + key + "'";
            int was = problems.count();
            Fields f = object(k + 1, what, shape, List.of("name"));
            if (f == null || !claim(namespace, k, word)) continue;
            T t = make.make(key, f, what, tape.location(k));
            if (problems.count() == was) decoded.put(key, t); // only what decoded whole goes further
        }
        return new Section<>(Collections.unmodifiableMap(decoded), members == null ? null : Collections.unmodifiableSet(ids));
    }

    /**
     * The version, plain or quoted ({@code version: "1.1"}, as tools that write versions as strings do;
     * the schema takes both too). As written: 1.0 and 1.10 are not versions of this format.
     */
    private void version(int v) {
        if (v < 0) return;
        if (tape.scalar(v) && tape.text(v).matches("[0-9]+(\\.[0-9]+)?")) {
            if (tape.text(v).equals("1.1")) v11 = true;
            else if (!VERSIONS.contains(tape.text(v))) {
                error(v, "version", "version " + tape.text(v) + " is not supported; this tool reads versions "
                        + String.join(" and ", VERSIONS));
            }
            return;
        }
        error(v, "type", "version must be 1 or 1.1, got " + shown(v));
    }

    /**
     * The keys of a mapping of id to entry that are valid ids, each once; null when the section
     * cannot say which ids it declares (required and absent, or not a mapping).
     */
    private int[] members(int v, String what, boolean required) {
        if (v < 0) return required ? null : new int[0];
        if (tape.scalar(v) && tape.isNull(v) && !required) return new int[0];
        if (!tape.mapping(v)) {
            error(v, "type", what + " must be a mapping of id to entry, got " + tape.describe(v));
            return null;
        }
        int[] entries = entries(v);
        if (required && entries.length == 0) {
            error(v, "required", what + " must name at least one entry");
            return null; // every reference to one would say so again
        }
        duplicates(entries, what);
        int[] valid = new int[entries.length];
        int n = 0;
        Set<String> seen = new HashSet<>();
        for (int k : entries) {
            // a duplicate key is reported once, as a duplicate key
            if (seen.add(tape.text(k)) && checkId(k, what)) valid[n++] = k;
        }
        return Arrays.copyOf(valid, n);
    }

    /** Party, definition and event ids share one namespace, so every reference is unambiguous. */
    private boolean claim(Map<String, Location> namespace, int key, String kind) {
        Location here = tape.location(key);
        Location first = namespace.putIfAbsent(tape.text(key), here);
        if (first == null) return true;
        if (first.line() == here.line() && first.column() == here.column()) return true;
        error(key, "duplicate-id", "id '" + tape.text(key) + "' of this " + kind
                + " is already used at line " + first.line() + " (parties, definitions and events share ids)");
        return false;
    }

    private List<Source> sources(int v) {
        List<Source> out = new ArrayList<>();
        for (int item : items(v, "agreement.sources")) {
            Fields f = object(item, "a source", SOURCE, List.of("id", "title"));
            if (f == null) continue;
            out.add(new Source(id(f, "id", "source"), string(f, "title", "source"), string(f, "url", "source"),
                    dateText(f, "date", "source"), string(f, "file", "source")));
        }
        return out;
    }

    private void clauses(int v, List<Clause> out, List<long[]> at, List<Boolean> clean) {
        if (v < 0) return;
        if (!tape.sequence(v)) {
            error(v, "type", "clauses must be a list, got " + tape.describe(v));
            return;
        }
        int count = tape.count(v);
        if (count == 0) error(v, "required", "clauses must hold at least one clause");
        if (count > limits.maxClauses()) {
            error(v, "limit", count + " clauses; the limit is " + limits.maxClauses());
            return;
        }
        Map<String, Location> ids = new HashMap<>();
        for (int item = v + 1; item < tape.end(v); item = tape.end(item)) {
            int before = problems.count();
            Fields f = object(item, "a clause", CLAUSE, List.of("id", "title", "kind", "modality", "party"));
            if (f == null) continue;
            String id = id(f, "id", "clause");
            String what = id == null ? "clause" : "clause '" + id + "'";
            if (id != null) {
                Location first = ids.putIfAbsent(id, f.at("id"));
                if (first != null) {
                    error(f.value("id"), "duplicate-id", "duplicate clause id '" + id + "' (first at line " + first.line() + ")");
                }
            }
            String kind = string(f, "kind", what);
            if (kind != null && !isId(kind)) {
                error(f.value("kind"), "kind", what + ": kind '" + kind + "' must be a kebab-case word");
            }
            String mod = string(f, "modality", what);
            Modality modality = null;
            if (mod != null && (modality = Modality.of(mod)) == null) {
                error(f.value("modality"), "enum", what + ": modality '" + mod + "' is not one of "
                        + String.join(", ", Modality.words()) + problems.hint(mod, Modality.words()));
            }
            String pol = string(f, "polarity", what);
            Polarity polarity = Polarity.POSITIVE;
            if (pol != null && (polarity = Polarity.of(pol)) == null) {
                error(f.value("polarity"), "enum", what + ": polarity '" + pol + "' is not one of "
                        + String.join(", ", Polarity.words()) + problems.hint(pol, Polarity.words()));
                polarity = Polarity.POSITIVE;
            }
            String ev = string(f, "evidence", what);
            Evidence evidence = null;
            if (ev != null && (evidence = Evidence.of(ev)) == null) {
                error(f.value("evidence"), "enum", what + ": evidence '" + ev + "' is not one of "
                        + String.join(", ", Evidence.words()) + problems.hint(ev, Evidence.words()));
            }
            List<Bound> effective = bounds(f, "effective", what, false);
            Quantity quantity = quantity(f, what);
            boolean amountMapping = f.value("amount") >= 0 && tape.mapping(f.value("amount"));
            Duration every = every(f, what);
            List<String> party = ids(f, "party", what), counterparty = ids(f, "counterparty", what);
            Clause c = new Clause(id, string(f, "title", what), kind, modality, polarity, party,
                    counterparty, string(f, "action", what), string(f, "object", what),
                    string(f, "where", what), bool(f, "exclusive", what),
                    amountMapping ? quantity == null ? null : quantity.text() : string(f, "amount", what), quantity,
                    string(f, "purpose", what), strings(f, "conditions", what), strings(f, "exceptions", what),
                    effective.isEmpty() ? null : effective.get(0), bounds(f, "until", what, true),
                    idList(f, "supersedes", what), bool(f, "survives", what), every, due(f, what, every),
                    duration(f, "notice", what), mutual(f, what, party, counterparty), strings(f, "aliases", what),
                    strings(f, "tags", what), string(f, "text", what), string(f, "source", what), evidence,
                    string(f, "note", what), tape.location(item));
            out.add(c);
            long[] where = new long[Draft.FIELDS];
            where[Draft.PARTY] = f.packed("party");
            where[Draft.COUNTERPARTY] = f.packed("counterparty");
            where[Draft.EFFECTIVE] = f.packed("effective");
            where[Draft.UNTIL] = f.packed("until");
            where[Draft.SUPERSEDES] = f.packed("supersedes");
            where[Draft.DUE] = f.packed("due");
            at.add(where);
            clean.add(problems.count() == before);
        }
    }

    // ---- mappings ----

    /**
     * The keys of a mapping, with {@code <<} merges applied: first the keys written in it (all of
     * them: a duplicate is reported by whoever reads it), then each merged mapping's keys that are
     * not there yet. Depth is bounded: a merged mapping sits inside the document's nesting limit.
     */
    private int[] entries(int map) {
        int[] out = new int[tape.count(map) / 2];
        int n = 0;
        boolean merges = false;
        for (int k = map + 1; k < tape.end(map); k = tape.end(k + 1)) {
            if (YamlReader.isMerge(tape, k)) merges = true;
            else out[n++] = k;
        }
        if (!merges) return n == out.length ? out : Arrays.copyOf(out, n);
        Set<String> present = new HashSet<>();
        for (int i = 0; i < n; i++) present.add(tape.text(out[i]));
        List<Integer> merged = new ArrayList<>();
        for (int k = map + 1; k < tape.end(map); k = tape.end(k + 1)) {
            if (!YamlReader.isMerge(tape, k)) continue;
            int v = k + 1;
            if (tape.mapping(v)) {
                for (int e : entries(v)) if (present.add(tape.text(e))) merged.add(e);
            } else {
                for (int m = v + 1; m < tape.end(v); m = tape.end(m)) {
                    for (int e : entries(m)) if (present.add(tape.text(e))) merged.add(e);
                }
            }
        }
        out = Arrays.copyOf(out, n + merged.size());
        for (int e : merged) out[n++] = e;
        return out;
    }

    /** The entries of a mapping, with duplicate keys, unknown keys and missing keys reported. */
    private Fields object(int node, String what, Shape shape, List<String> required) {
        if (node < 0) return null;
        if (!tape.mapping(node)) {
            error(node, "type", what + " must be a mapping, got " + tape.describe(node));
            return null;
        }
        int[] entries = entries(node);
        duplicates(entries, what);
        Fields out = new Fields(shape);
        for (int k : entries) {
            String key = tape.text(k);
            if (key.startsWith("x-")) continue; // extension keys, e.g. to hold anchors, as in Compose files
            if (shape == TOP && key.equals("$schema")) continue; // how a JSON file names its schema, for editors
            Integer slot = shape.slot.get(key);
            if (slot == null) {
                String near = Words.nearest(key, shape.keys);
                error(k, "unknown-key", "unknown key '" + key + "' in " + what + (near != null
                        ? "; did you mean '" + near + "'?" : "; known keys: " + String.join(", ", shape.keys)));
                continue;
            }
            if (!v11 && (shape == CLAUSE && CLAUSE_SINCE_1_1.contains(key)
                    || shape == AGREEMENT && AGREEMENT_SINCE_1_1.contains(key))) {
                error(k, "version", "'" + key + "' in " + what + " is format 1.1; write version: 1.1 at the top to use it");
                continue;
            }
            if (out.key[slot] < 0) out.key[slot] = k;
        }
        for (String r : required) {
            if (!out.has(r)) error(node, "required", what + " is missing required key '" + r + "'");
        }
        return out;
    }

    private void duplicates(int[] entries, String what) {
        if (entries.length < 2) return;
        Map<String, Integer> seen = new HashMap<>();
        for (int k : entries) {
            Integer first = seen.putIfAbsent(tape.text(k), k);
            if (first != null) {
                error(k, "duplicate-key", "duplicate key '" + tape.text(k) + "' in " + what
                        + " (first at line " + tape.line(first) + ")");
            }
        }
    }

    // ---- typed fields ----

    private String string(Fields f, String key, String what) {
        int v = f.value(key);
        if (v < 0) return null;
        if (tape.scalar(v) && !tape.isNull(v)) return tape.text(v);
        error(v, "type", what + ": " + key + " must be a string, got " + tape.describe(v));
        return null;
    }

    private List<String> strings(Fields f, String key, String what) {
        int v = f.value(key);
        if (v < 0) return List.of();
        List<String> out = new ArrayList<>();
        for (int item : items(v, what + ": " + key)) {
            if (tape.scalar(item) && !tape.isNull(item)) out.add(tape.text(item));
            else error(item, "type", what + ": each of " + key + " must be a string, got " + tape.describe(item));
        }
        return List.copyOf(out);
    }

    /** The items of a list-valued key; an absent or null value is an empty list. */
    private int[] items(int v, String what) {
        if (v < 0 || tape.scalar(v) && tape.isNull(v)) return new int[0];
        if (tape.sequence(v)) return children(v);
        error(v, "type", what + " must be a list, got " + tape.describe(v));
        return new int[0];
    }

    private int[] children(int v) {
        int[] out = new int[tape.count(v)];
        int n = 0;
        for (int c = v + 1; c < tape.end(v); c = tape.end(c)) out[n++] = c;
        return out;
    }

    /** An id or a list of ids (party, counterparty). */
    private List<String> ids(Fields f, String key, String what) {
        int v = f.value(key);
        if (v < 0) return List.of();
        int[] nodes = tape.sequence(v) ? children(v) : new int[] {v};
        List<String> out = new ArrayList<>(nodes.length);
        for (int n : nodes) {
            if (tape.scalar(n) && !tape.isNull(n)) {
                if (checkId(n, what, key)) out.add(tape.text(n));
            } else {
                error(n, "type", what + ": " + key + " must be an id or a list of ids, got " + tape.describe(n));
            }
        }
        return List.copyOf(out);
    }

    private List<String> idList(Fields f, String key, String what) {
        int v = f.value(key);
        if (v < 0) return List.of();
        List<String> out = new ArrayList<>();
        for (int item : items(v, what + ": " + key)) {
            if (tape.scalar(item) && !tape.isNull(item)) {
                if (checkId(item, what, key)) out.add(tape.text(item));
            } else {
                error(item, "type", what + ": each of " + key + " must be an id, got " + tape.describe(item));
            }
        }
        return List.copyOf(out);
    }

    private String id(Fields f, String key, String what) {
        int v = f.value(key);
        if (v < 0) return null;
        if (tape.scalar(v) && !tape.isNull(v)) return checkId(v, what + " " + key) ? tape.text(v) : null;
        error(v, "type", what + ": " + key + " must be an id, got " + tape.describe(v));
        return null;
    }

    /** As {@link #checkId(int, String)}, the message naming "what: key" (made only for an error). */
    private boolean checkId(int s, String what, String key) {
        if (isId(tape.text(s))) return true;
        return checkId(s, what + ": " + key);
    }

    private boolean checkId(int s, String what) {
        if (isId(tape.text(s))) return true;
        error(s, "bad-id", what + ": '" + tape.text(s)
                + "' is not a valid id (lower-case letters, digits and single hyphens, e.g. rofr-new-capacity)");
        return false;
    }

    private Boolean bool(Fields f, String key, String what) {
        int v = f.value(key);
        if (v < 0) return null;
        boolean scalar = tape.scalar(v);
        if (scalar && tape.plain(v)) {
            String s = tape.text(v);
            if (s.equals("true") || s.equals("True") || s.equals("TRUE")) return true;
            if (s.equals("false") || s.equals("False") || s.equals("FALSE")) return false;
        }
        String hint = "";
        if (scalar && !tape.plain(v)) hint = " (quoted, so it is text; write true or false bare)";
        else if (scalar && tape.text(v).matches("(?i)yes|no|y|n|on|off"))
            hint = " (YAML 1.1 read that as a boolean; this format does not)";
        error(v, "type", what + ": " + key + " must be true or false, got " + shown(v) + hint);
        return null;
    }

    private LocalDate date(Fields f, String key, String what) {
        int v = f.value(key);
        if (v < 0 || tape.scalar(v) && tape.isNull(v)) return null;
        if (tape.scalar(v)) return parseDate(v, tape.text(v), what, key);
        error(v, "type", what + ": " + key + " must be a date (YYYY-MM-DD), got " + tape.describe(v));
        return null;
    }

    private String dateText(Fields f, String key, String what) {
        LocalDate d = date(f, key, what);
        return d == null ? null : d.toString();
    }

    /**
     * {@code text} as a date, its errors located at slot {@code s} (the text may be part of its
     * scalar) and named "what: key" ({@code key} may be null). A file has a date or two a clause:
     * YYYY-MM-DD is read by hand, and the message made only for an error.
     */
    private LocalDate parseDate(int s, String text, String what, String key) {
        if (isDate(text)) {
            try {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            } catch (java.time.DateTimeException e) {
                error(s, "bad-date", named(what, key) + ": '" + text + "' is not a calendar date");
                return null;
            }
        }
        error(s, "bad-date", named(what, key) + ": '" + text + "' is not a date; write YYYY-MM-DD");
        return null;
    }

    private static String named(String what, String key) {
        return key == null ? what : what + ": " + key;
    }

    /** Whether the text is four, two and two ASCII digits joined by hyphens (YYYY-MM-DD). */
    private static boolean isDate(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) return false;
        }
        return true;
    }

    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = 10 * n + (t.charAt(i) - '0');
        return n;
    }

    /** A date or an event id, or (where {@code list}) a list of them. */
    private List<Bound> bounds(Fields f, String key, String what, boolean list) {
        int v = f.value(key);
        if (v < 0 || tape.scalar(v) && tape.isNull(v)) return List.of();
        int[] nodes = tape.sequence(v) && list ? children(v) : new int[] {v};
        List<Bound> out = new ArrayList<>(nodes.length);
        for (int n : nodes) {
            if (!tape.scalar(n) || tape.isNull(n)) {
                error(n, "type", what + ": " + key + " must be a date (YYYY-MM-DD) or an event id"
                        + (list ? ", or a list of them" : "") + ", got " + tape.describe(n));
                continue;
            }
            String s = tape.text(n);
            if (isDate(s)) { // most bounds: a date, which the patterns below would find at more cost
                LocalDate d = parseDate(n, s, what, key);
                if (d != null) out.add(new Bound.OnDate(d));
            } else if (RELATIVE.matcher(s).matches()) {
                Bound r = relative(n, what + ": " + key);
                if (r != null) out.add(r);
            } else if (DATE_LIKE.matcher(s).matches()) {
                LocalDate d = parseDate(n, s, what, key);
                if (d != null) out.add(new Bound.OnDate(d));
            } else if (isId(s)) {
                out.add(new Bound.OnEvent(s));
            } else {
                error(n, "bad-date", what + ": " + key + " '" + s + "' is neither a date (YYYY-MM-DD) nor an event id");
            }
        }
        return List.copyOf(out);
    }

    // ---- format 1.1: time and money ----

    /** "3 years after termination", "90 days before end": a length of time, then after or before, then a point. */
    private static final Pattern RELATIVE = Pattern.compile("(?:within\\s+)?(.+?)\\s+(after|before)\\s+(\\S+)");
    private static final String DURATION_FORMS = "write it as a number and a unit, e.g. '30 days', '10 business days', "
            + "'24 months', '3 years', or as ISO 8601, e.g. 'P30D'";

    private Bound relative(int s, String what) {
        String text = tape.text(s);
        if (!v11) {
            error(s, "version", what + ": '" + text + "' is a relative date, format 1.1; write version: 1.1 at the top");
            return null;
        }
        java.util.regex.Matcher m = RELATIVE.matcher(text);
        if (!m.matches()) throw new AssertionError(text);
        Duration d = Duration.parse(m.group(1));
        if (d == null) {
            error(s, "bad-duration", what + ": '" + m.group(1) + "' is not a length of time; " + DURATION_FORMS);
            return null;
        }
        String ref = m.group(3);
        Bound from;
        if (ref.equals("start")) from = new Bound.Start();
        else if (ref.equals("end")) from = new Bound.End();
        else if (DATE_LIKE.matcher(ref).matches()) {
            LocalDate day = parseDate(s, ref, what, null);
            if (day == null) return null;
            from = new Bound.OnDate(day);
        } else if (isId(ref)) from = new Bound.OnEvent(ref);
        else {
            error(s, "bad-date", what + ": '" + ref + "' is not start, end, a date or an event id");
            return null;
        }
        return new Bound.Relative(d, m.group(2).equals("before"), from);
    }

    private Duration duration(Fields f, String key, String what) {
        String text = string(f, key, what);
        if (text == null) return null;
        Duration d = Duration.parse(text);
        if (d == null) error(f.value(key), "bad-duration", what + ": " + key + " '" + text
                + "' is not a length of time; " + DURATION_FORMS);
        return d;
    }

    private static final Map<String, String> PERIODS = Map.ofEntries(Map.entry("daily", "day"), Map.entry("weekly", "week"),
            Map.entry("monthly", "month"), Map.entry("quarterly", "quarter"), Map.entry("annually", "year"),
            Map.entry("annual", "year"), Map.entry("yearly", "year"));

    /** How often: "month", "monthly", "each month", "business day", "2 years". */
    private Duration every(Fields f, String what) {
        String text = string(f, "every", what);
        if (text == null) return null;
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(each|every)\\s+", "");
        t = PERIODS.getOrDefault(t, t);
        Duration d = Duration.parse(t.matches("[a-z ]+") ? "1 " + t : t);
        if (d == null) error(f.value("every"), "bad-duration", what + ": every '" + text + "' is not a period; write "
                + "day, business day, week, month, quarter or year (or daily, monthly, annually...), or a length such as '2 years'");
        return d;
    }

    private static final Pattern DAY_OF_PERIOD = Pattern.compile("day\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)(?:\\s+day)?");
    private static final Pattern AFTER_EACH = Pattern.compile("(?:within\\s+)?(.+?)\\s+after\\s+each\\s+period");

    /** By when: a point in time, or in a recurring clause a day of each period or a time after each period. */
    private Due due(Fields f, String what, Duration every) {
        String text = string(f, "due", what);
        if (text == null) return null;
        int v = f.value("due");
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = DAY_OF_PERIOD.matcher(t);
        java.util.regex.Matcher a = AFTER_EACH.matcher(t);
        if (m.matches() || a.matches()) {
            if (every == null) {
                if (f.has("every")) return null; // its own error says what is wrong
                error(v, "due-without-every", what + ": due '" + text + "' counts in each period; say how often with every");
                return null;
            }
            if (m.matches()) {
                int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (day >= 1 && day <= 31) return new Due.DayOfPeriod(day);
                error(v, "bad-due", what + ": due '" + text + "': a day of a period is 1 to 31");
                return null;
            }
            Duration d = Duration.parse(a.group(1));
            if (d != null) return new Due.AfterEachPeriod(d);
            error(v, "bad-duration", what + ": due '" + text + "': '" + a.group(1) + "' is not a length of time; " + DURATION_FORMS);
            return null;
        }
        List<Bound> b = bounds(f, "due", what, false);
        return b.isEmpty() ? null : new Due.By(b.get(0));
    }

    private boolean mutual(Fields f, String what, List<String> party, List<String> counterparty) {
        Boolean mutual = bool(f, "mutual", what);
        if (!Boolean.TRUE.equals(mutual)) return false;
        if (party.size() < 2) error(f.value("mutual"), "mutual", what
                + ": mutual needs two or more parties in party, each bound towards the others");
        if (!counterparty.isEmpty()) error(f.value("counterparty"), "mutual", what
                + ": a mutual clause has no counterparty: each party's is every other party it lists");
        return true;
    }

    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP");

    /** A structured amount: one of value (with currency or unit), percent, times; then per and of. */
    private Quantity quantity(Fields f, String what) {
        int v = f.value("amount");
        if (v < 0 || !tape.mapping(v)) return null;
        String where = what + ": amount";
        if (!v11) {
            error(v, "version", where + " as a mapping is format 1.1; write version: 1.1 at the top, or the amount as text");
            return null;
        }
        Fields m = object(v, where, AMOUNT, List.of());
        if (m == null) return null;
        List<String> given = java.util.stream.Stream.of("value", "percent", "times").filter(m::has).toList();
        if (given.size() != 1) {
            error(v, "amount", where + " needs exactly one of value, percent, times" + (given.isEmpty() ? "" : "; it has "
                    + String.join(", ", given)));
            return null;
        }
        String key = given.get(0);
        java.math.BigDecimal number = number(m, key, where);
        if (number == null) return null;
        String unit = key.equals("percent") ? Quantity.PERCENT : key.equals("times") ? Quantity.TIMES : null;
        String currency = string(m, "currency", where), counted = string(m, "unit", where);
        if ((currency != null || counted != null) && unit != null) {
            error(m.key[m.shape.slot.get(currency != null ? "currency" : "unit")], "amount", where
                    + ": currency and unit go with value, not " + key);
            return null;
        }
        if (currency != null && counted != null) {
            error(m.key[m.shape.slot.get("unit")], "amount", where + ": give currency or unit, not both");
            return null;
        }
        if (currency != null) {
            String code = CURRENCY_SIGNS.getOrDefault(currency.trim(), currency.trim());
            if (!code.matches("[A-Z]{3}")) {
                error(m.value("currency"), "amount", where + ": currency '" + currency
                        + "' is not a three-letter code (USD, EUR, GBP...) or $, €, £");
                return null;
            }
            unit = code;
        } else if (counted != null) unit = counted.trim();
        return new Quantity(number, unit, string(m, "per", where), string(m, "of", where));
    }

    private java.math.BigDecimal number(Fields m, String key, String what) {
        int v = m.value(key);
        if (tape.scalar(v) && tape.text(v).matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?")) {
            return new java.math.BigDecimal(tape.text(v).replace(",", ""));
        }
        error(v, "type", what + ": " + key + " must be a number, e.g. 150, 1000000 or 99.9, got " + shown(v));
        return null;
    }

    /** The agreement's renewal; {@code at} gets where its key, by and unless are written. */
    private Renewal renewal(int v, long[] at) {
        if (v < 0) return null;
        String what = "agreement: renewal";
        Fields f = object(v, what, RENEWAL, List.of("automatic"));
        if (f == null) return null;
        at[Draft.RENEWAL_KEY] = Draft.pack(tape.line(v), tape.column(v));
        at[Draft.RENEWAL_BY] = f.packed("by");
        at[Draft.RENEWAL_UNLESS] = f.packed("unless");
        Boolean automatic = bool(f, "automatic", what);
        Duration term = duration(f, "term", what);
        if (Boolean.TRUE.equals(automatic) && !f.has("term"))
            error(v, "required", what + " renews automatically: say for how long each term runs with term");
        Integer times = null;
        int t = f.value("times");
        if (t >= 0) {
            if (tape.scalar(t) && tape.plain(t) && tape.text(t).matches("[1-9][0-9]{0,5}")) times = Integer.valueOf(tape.text(t));
            else error(t, "type", what + ": times must be a whole number of renewals, 1 or more, got " + shown(t));
        }
        return new Renewal(Boolean.TRUE.equals(automatic), term, times, duration(f, "notice", what), ids(f, "by", what),
                id(f, "unless", what), string(f, "text", what), string(f, "source", what), tape.location(v));
    }

    private String shown(int v) {
        return tape.scalar(v) && !tape.isNull(v) ? "'" + tape.text(v) + "'" : tape.describe(v);
    }

    private void error(int at, String code, String message) {
        problems.error(tape.location(at), code, message);
    }
}
