package dev.terms.load;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Definition;
import dev.terms.model.Event;
import dev.terms.model.Evidence;
import dev.terms.model.Location;
import dev.terms.model.Modality;
import dev.terms.model.Party;
import dev.terms.model.Polarity;
import dev.terms.model.Source;
import dev.terms.model.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a terms file (format version 1) into the model. Every problem is collected, located and
 * reported together; nothing is loaded unless the file is valid.
 */
public final class TermsLoader {

    public static final int VERSION = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}-\\d{1,2}-\\d{1,2}([Tt ].*)?");

    static final List<String> TOP = List.of("version", "agreement", "parties", "definitions", "events", "clauses");
    static final List<String> AGREEMENT = List.of("id", "title", "effective", "until", "sources", "note");
    static final List<String> SOURCE = List.of("id", "title", "url", "date");
    static final List<String> PARTY = List.of("name", "aliases", "role", "note");
    static final List<String> DEFINITION = List.of("name", "aliases", "means", "type", "note");
    static final List<String> EVENT = List.of("name", "aliases", "date", "note");
    static final List<String> CLAUSE = List.of("id", "title", "kind", "modality", "polarity", "party", "counterparty", "action",
            "object", "where", "exclusive", "amount", "purpose", "conditions", "exceptions", "effective", "until",
            "supersedes", "survives", "aliases", "tags", "text", "source", "evidence", "note");

    private final Limits limits;
    private final List<Diagnostic> problems = new ArrayList<>();
    /** Where each clause's fields sit, in clause order, so reference errors point at the field. */
    private final List<Map<String, YNode.Entry>> clauseFields = new ArrayList<>();
    private String file;

    public TermsLoader(Limits limits) {
        this.limits = limits;
    }

    public TermsLoader() {
        this(Limits.DEFAULT);
    }

    /** Loads {@code path}, naming it in locations as {@code shown} (the path as the user gave it). */
    public Agreement load(Path path, String shown) throws LoadException {
        return load(path, shown, null);
    }

    /**
     * As {@link #load(Path, String)}, through {@code cache} (when not null) for large files. Only
     * a regular file is read (a FIFO would wait for a writer forever, /dev/zero never ends), and
     * never more than the size limit plus one byte, whatever its size said a moment before.
     */
    public Agreement load(Path path, String shown, ModelCache cache) throws LoadException {
        byte[] bytes;
        try {
            BasicFileAttributes at = Files.readAttributes(path, BasicFileAttributes.class);
            if (at.isDirectory()) throw unreadable(shown, "is a directory, not a terms file");
            if (!at.isRegularFile()) throw unreadable(shown, "is " + Bounded.kind(path, at) + ", not a regular file");
            long size = at.size();
            if (size > limits.maxFileBytes()) throw tooLarge(shown, size + " bytes");
            if (cache != null && size >= ModelCache.MIN_BYTES) {
                Agreement cached = cache.find(path, shown, limits.maxFileBytes());
                if (cached != null) return cached;
            }
            bytes = Bounded.read(path, limits.maxFileBytes(), true);
        } catch (Bounded.TooLarge e) {
            throw tooLarge(shown, "more than " + limits.maxFileBytes() + " bytes");
        } catch (Bounded.NotRegular e) {
            throw unreadable(shown, "is " + e.getMessage() + ", not a regular file"); // replaced since the look
        } catch (NoSuchFileException e) {
            throw unreadable(shown, "no such file");
        } catch (IOException e) {
            throw unreadable(shown, "cannot be read: " + reason(e));
        }
        Agreement agreement = parse(bytes, shown);
        if (cache != null && bytes.length >= ModelCache.MIN_BYTES) cache.put(bytes, path, shown, agreement);
        return agreement;
    }

    private LoadException tooLarge(String shown, String size) {
        return new LoadException(List.of(Diagnostic.error(new Location(shown, 1, 1), "limit",
                "the file is " + size + "; the limit is " + limits.maxFileBytes())), false);
    }

    /** Why a file cannot be read, in words: a FileSystemException's message is often just the path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public Agreement parse(byte[] bytes, String shown) throws LoadException {
        file = shown;
        problems.clear();
        suggestionBudget = SUGGESTION_BUDGET;
        clauseFields.clear();
        YamlReader reader = new YamlReader(shown, limits);
        YNode root = reader.parse(reader.decode(bytes));
        if (root == null || (root instanceof YNode.Scalar s && s.isNull())) {
            throw invalid(List.of(Diagnostic.error(new Location(shown, 1, 1), "empty",
                    "the file holds no terms: it needs version, agreement, parties and clauses")));
        }
        Agreement agreement = agreement(root);
        if (!problems.isEmpty() || agreement == null) throw invalid(problems);
        return agreement;
    }

    private static LoadException unreadable(String file, String why) {
        return new LoadException(List.of(Diagnostic.error(new Location(file, 0, 0), "unreadable", why)), true);
    }

    private static LoadException invalid(List<Diagnostic> problems) {
        return new LoadException(List.copyOf(problems), false);
    }

    // ---- the document ----

    private Agreement agreement(YNode root) {
        Map<String, YNode.Entry> top = object(root, "the file", TOP, List.of("version", "agreement", "parties", "clauses"));
        if (top == null) return null;
        version(top.get("version"));

        Map<String, YNode.Entry> ag = object(value(top, "agreement"), "agreement", AGREEMENT, List.of("id", "title"));
        String id = null, title = null, note = null;
        LocalDate effective = null;
        List<Bound> until = List.of();
        List<Source> sources = List.of();
        if (ag != null) {
            id = id(ag, "id", "agreement");
            title = string(ag, "title", "agreement");
            effective = date(ag, "effective", "agreement");
            until = bounds(ag, "until", "agreement", true);
            sources = sources(ag.get("sources"));
            note = string(ag, "note", "agreement");
        }

        Map<String, Party> parties = new LinkedHashMap<>();
        Map<String, Definition> definitions = new LinkedHashMap<>();
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, Location> namespace = new HashMap<>();
        for (var e : members(top.get("parties"), "parties", true)) {
            Map<String, YNode.Entry> f = object(e.value(), "party '" + e.key().value() + "'", PARTY, List.of("name"));
            if (f == null || !claim(namespace, e.key(), "party")) continue;
            String what = "party '" + e.key().value() + "'";
            parties.put(e.key().value(), new Party(e.key().value(), string(f, "name", what), strings(f, "aliases", what),
                    string(f, "role", what), string(f, "note", what), e.key().location()));
        }
        for (var e : members(top.get("definitions"), "definitions", false)) {
            String what = "definition '" + e.key().value() + "'";
            Map<String, YNode.Entry> f = object(e.value(), what, DEFINITION, List.of("name"));
            if (f == null || !claim(namespace, e.key(), "definition")) continue;
            definitions.put(e.key().value(), new Definition(e.key().value(), string(f, "name", what),
                    strings(f, "aliases", what), string(f, "means", what), string(f, "type", what),
                    string(f, "note", what), e.key().location()));
        }
        for (var e : members(top.get("events"), "events", false)) {
            String what = "event '" + e.key().value() + "'";
            Map<String, YNode.Entry> f = object(e.value(), what, EVENT, List.of("name"));
            if (f == null || !claim(namespace, e.key(), "event")) continue;
            events.put(e.key().value(), new Event(e.key().value(), string(f, "name", what), strings(f, "aliases", what),
                    date(f, "date", what), string(f, "note", what), e.key().location()));
        }

        List<Clause> clauses = clauses(top.get("clauses"));
        if (!problems.isEmpty() || ag == null) return null;
        Agreement agreement = new Agreement(id, title, effective, until, sources, note, Collections.unmodifiableMap(parties),
                Collections.unmodifiableMap(definitions), Collections.unmodifiableMap(events),
                List.copyOf(clauses), root.location());
        references(agreement, ag);
        return agreement;
    }

    private void version(YNode.Entry e) {
        if (e == null) return;
        if (e.value() instanceof YNode.Scalar s && s.plain() && s.value().matches("[0-9]+")) {
            if (!s.value().equals(String.valueOf(VERSION))) {
                error(s, "version", "version " + s.value() + " is not supported; this tool reads version " + VERSION);
            }
            return;
        }
        error(e.value(), "type", "version must be the integer " + VERSION + ", got " + shown(e.value()));
    }

    private List<YNode.Entry> members(YNode.Entry e, String what, boolean required) {
        if (e == null) return List.of();
        YNode v = e.value();
        if (v instanceof YNode.Scalar s && s.isNull() && !required) return List.of();
        if (!(v instanceof YNode.Mapping m)) {
            error(v, "type", what + " must be a mapping of id to entry, got " + YNode.describe(v));
            return List.of();
        }
        if (required && m.entries().isEmpty()) error(v, "required", what + " must name at least one entry");
        duplicates(m, what);
        List<YNode.Entry> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YNode.Entry entry : m.entries()) {
            // a duplicate key is reported once, as a duplicate key
            if (seen.add(entry.key().value()) && checkId(entry.key(), what)) valid.add(entry);
        }
        return valid;
    }

    /** Party, definition and event ids share one namespace, so every reference is unambiguous. */
    private boolean claim(Map<String, Location> namespace, YNode.Scalar key, String kind) {
        Location first = namespace.putIfAbsent(key.value(), key.location());
        if (first == null) return true;
        if (first.line() == key.location().line() && first.column() == key.location().column()) return true;
        error(key, "duplicate-id", "id '" + key.value() + "' of this " + kind
                + " is already used at line " + first.line() + " (parties, definitions and events share ids)");
        return false;
    }

    private List<Source> sources(YNode.Entry e) {
        List<Source> out = new ArrayList<>();
        for (YNode item : items(e, "agreement.sources")) {
            Map<String, YNode.Entry> f = object(item, "a source", SOURCE, List.of("id", "title"));
            if (f == null) continue;
            out.add(new Source(id(f, "id", "source"), string(f, "title", "source"), string(f, "url", "source"),
                    dateText(f, "date", "source")));
        }
        return out;
    }

    private List<Clause> clauses(YNode.Entry e) {
        List<Clause> out = new ArrayList<>();
        if (e == null) return out;
        if (!(e.value() instanceof YNode.Sequence seq)) {
            error(e.value(), "type", "clauses must be a list, got " + YNode.describe(e.value()));
            return out;
        }
        if (seq.items().isEmpty()) error(seq, "required", "clauses must hold at least one clause");
        if (seq.items().size() > limits.maxClauses()) {
            error(seq, "limit", seq.items().size() + " clauses; the limit is " + limits.maxClauses());
            return out;
        }
        Map<String, Location> ids = new HashMap<>();
        for (YNode item : seq.items()) {
            Map<String, YNode.Entry> f = object(item, "a clause", CLAUSE,
                    List.of("id", "title", "kind", "modality", "party"));
            if (f == null) continue;
            String id = id(f, "id", "clause");
            String what = id == null ? "clause" : "clause '" + id + "'";
            if (id != null) {
                Location first = ids.putIfAbsent(id, f.get("id").value().location());
                if (first != null) {
                    error(f.get("id").value(), "duplicate-id",
                            "duplicate clause id '" + id + "' (first at line " + first.line() + ")");
                }
            }
            String kind = string(f, "kind", what);
            if (kind != null && !ID.matcher(kind).matches()) {
                error(f.get("kind").value(), "kind", what + ": kind '" + kind + "' must be a kebab-case word");
            }
            Modality modality = null;
            String m = string(f, "modality", what);
            if (m != null && (modality = Modality.of(m)) == null) {
                error(f.get("modality").value(), "enum", what + ": modality '" + m + "' is not one of "
                        + String.join(", ", Modality.words()) + hint(m, Modality.words()));
            }
            Polarity polarity = Polarity.POSITIVE;
            String pol = string(f, "polarity", what);
            if (pol != null && (polarity = Polarity.of(pol)) == null) {
                error(f.get("polarity").value(), "enum", what + ": polarity '" + pol + "' is not one of "
                        + String.join(", ", Polarity.words()) + hint(pol, Polarity.words()));
                polarity = Polarity.POSITIVE;
            }
            Evidence evidence = null;
            String ev = string(f, "evidence", what);
            if (ev != null && (evidence = Evidence.of(ev)) == null) {
                error(f.get("evidence").value(), "enum", what + ": evidence '" + ev + "' is not one of "
                        + String.join(", ", Evidence.words()) + hint(ev, Evidence.words()));
            }
            List<Bound> effective = bounds(f, "effective", what, false);
            clauseFields.add(f);
            out.add(new Clause(id, string(f, "title", what), kind, modality, polarity, ids(f, "party", what),
                    ids(f, "counterparty", what), string(f, "action", what), string(f, "object", what),
                    string(f, "where", what), bool(f, "exclusive", what), string(f, "amount", what),
                    string(f, "purpose", what), strings(f, "conditions", what), strings(f, "exceptions", what),
                    effective.isEmpty() ? null : effective.get(0), bounds(f, "until", what, true),
                    idList(f, "supersedes", what), bool(f, "survives", what), strings(f, "aliases", what),
                    strings(f, "tags", what), string(f, "text", what), string(f, "source", what), evidence,
                    string(f, "note", what), item.location()));
        }
        return out;
    }

    // ---- references, once everything is read ----

    private void references(Agreement a, Map<String, YNode.Entry> ag) {
        for (Bound b : a.until()) event(a, b, ag.get("until").value().location(), "agreement");
        Map<String, Clause> byId = new HashMap<>();
        for (Clause c : a.clauses()) byId.put(c.id(), c);
        for (int i = 0; i < a.clauses().size(); i++) {
            Clause c = a.clauses().get(i);
            Map<String, YNode.Entry> f = clauseFields.get(i);
            String what = "clause '" + c.id() + "'";
            for (String p : c.party()) party(a, p, at(f, "party"), what, "party");
            for (String p : c.counterparty()) party(a, p, at(f, "counterparty"), what, "counterparty");
            if (c.effective() != null) event(a, c.effective(), at(f, "effective"), what);
            for (Bound b : c.until()) event(a, b, at(f, "until"), what);
            for (String s : c.supersedes()) {
                if (s.equals(c.id())) problems.add(Diagnostic.error(at(f, "supersedes"), "supersession-cycle",
                        what + " supersedes itself"));
                else if (!byId.containsKey(s)) problems.add(Diagnostic.error(at(f, "supersedes"), "reference",
                        what + " supersedes '" + s + "', which is not a clause" + hint(s, byId.keySet())));
            }
            LocalDate start = c.effective() == null ? a.effective() : known(a, c.effective());
            for (Bound b : c.until()) {
                LocalDate end = known(a, b);
                if (start != null && end != null && end.isBefore(start)) {
                    problems.add(Diagnostic.error(at(f, "until"), "until-before-effective", what + ": until " + end
                            + " is before its effective date " + start));
                }
            }
        }
        cycles(a, byId);
    }

    private static Location at(Map<String, YNode.Entry> f, String key) {
        return f.get(key).value().location();
    }

    private LocalDate known(Agreement a, Bound b) {
        if (b instanceof Bound.OnDate d) return d.date();
        if (b instanceof Bound.OnEvent e) {
            Event ev = a.events().get(e.event());
            return ev == null ? null : ev.date();
        }
        throw new AssertionError(b);
    }

    /**
     * Supersession cycles, one error per strongly connected set of clauses, located at its first
     * clause and showing one shortest way round. Tarjan's algorithm with an explicit stack: time
     * linear in clauses and edges, and no recursion, so a chain of any length is fine.
     */
    private void cycles(Agreement a, Map<String, Clause> byId) {
        List<Clause> clauses = a.clauses();
        int n = clauses.size();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) position.put(clauses.get(i).id(), i); // the last of duplicates, as byId
        int[][] next = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> ids = byId.get(clauses.get(i).id()).supersedes();
            int[] to = new int[ids.size()];
            int k = 0;
            for (String id : ids) {
                Integer j = position.get(id);
                if (j != null && j != position.get(clauses.get(i).id())) to[k++] = j; // self: reported already
            }
            next[i] = java.util.Arrays.copyOf(to, k);
        }
        int[] number = new int[n], low = new int[n], edge = new int[n], calls = new int[n], stack = new int[n];
        java.util.Arrays.fill(number, -1);
        boolean[] onStack = new boolean[n];
        int counter = 0, top = 0;
        List<int[]> components = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (number[s] >= 0 || position.get(clauses.get(s).id()) != s) continue;
            int depth = 0;
            number[s] = low[s] = counter++;
            stack[top++] = s;
            onStack[s] = true;
            calls[depth++] = s;
            while (depth > 0) {
                int v = calls[depth - 1];
                if (edge[v] < next[v].length) {
                    int w = next[v][edge[v]++];
                    if (number[w] < 0) {
                        number[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        calls[depth++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], number[w]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) low[calls[depth - 1]] = Math.min(low[calls[depth - 1]], low[v]);
                if (low[v] != number[v]) continue;
                int from = top;
                do {
                    onStack[stack[--from]] = false;
                } while (stack[from] != v);
                if (top - from > 1) components.add(java.util.Arrays.copyOfRange(stack, from, top));
                top = from;
            }
        }
        components.sort(Comparator.comparingInt(m -> java.util.Arrays.stream(m).min().orElseThrow()));
        for (int[] members : components) {
            int first = java.util.Arrays.stream(members).min().orElseThrow();
            problems.add(Diagnostic.error(clauses.get(first).location(), "supersession-cycle", "supersession cycle: "
                    + clauses.get(first).id() + " → " + String.join(" → ", wayRound(first, members, next, clauses))));
        }
    }

    /** A shortest way from {@code start} back to itself inside its component (breadth first). */
    private static List<String> wayRound(int start, int[] members, int[][] next, List<Clause> clauses) {
        Map<Integer, Integer> cameFrom = new HashMap<>();
        Set<Integer> inside = new HashSet<>();
        for (int m : members) inside.add(m);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : next[v]) {
                if (!inside.contains(w) || cameFrom.containsKey(w)) continue;
                cameFrom.put(w, v);
                if (w == start) {
                    java.util.LinkedList<String> path = new java.util.LinkedList<>();
                    int at = start;
                    do {
                        path.addFirst(clauses.get(at).id());
                        at = cameFrom.get(at);
                    } while (at != start);
                    return path;
                }
                queue.add(w);
            }
        }
        throw new AssertionError("a component of more than one clause has a way round");
    }

    private void party(Agreement a, String id, Location at, String what, String field) {
        if (!a.parties().containsKey(id)) {
            problems.add(Diagnostic.error(at, "reference", what + ": " + field + " '" + id
                    + "' is not a party" + hint(id, a.parties().keySet())));
        }
    }

    private void event(Agreement a, Bound b, Location at, String what) {
        if (b instanceof Bound.OnEvent e && !a.events().containsKey(e.event())) {
            problems.add(Diagnostic.error(at, "reference", what + ": '" + e.event()
                    + "' is neither a date (YYYY-MM-DD) nor an event" + hint(e.event(), a.events().keySet())));
        }
    }

    // ---- typed fields ----

    /** The entries of a mapping, with duplicate keys, unknown keys and missing keys reported. */
    private Map<String, YNode.Entry> object(YNode node, String what, List<String> known, List<String> required) {
        if (node == null) return null;
        if (!(node instanceof YNode.Mapping m)) {
            error(node, "type", what + " must be a mapping, got " + YNode.describe(node));
            return null;
        }
        duplicates(m, what);
        Map<String, YNode.Entry> out = new LinkedHashMap<>();
        for (YNode.Entry e : m.entries()) {
            String key = e.key().value();
            if (key.startsWith("x-")) continue; // extension keys, e.g. to hold anchors, as in Compose files
            if (!known.contains(key)) {
                String near = Words.nearest(key, known);
                error(e.key(), "unknown-key", "unknown key '" + key + "' in " + what
                        + (near != null ? "; did you mean '" + near + "'?" : "; known keys: " + String.join(", ", known)));
                continue;
            }
            out.putIfAbsent(key, e);
        }
        for (String r : required) {
            if (!out.containsKey(r)) error(m, "required", what + " is missing required key '" + r + "'");
        }
        return out;
    }

    private void duplicates(YNode.Mapping m, String what) {
        Map<String, YNode.Scalar> seen = new HashMap<>();
        for (YNode.Entry e : m.entries()) {
            YNode.Scalar first = seen.putIfAbsent(e.key().value(), e.key());
            if (first != null) {
                error(e.key(), "duplicate-key", "duplicate key '" + e.key().value() + "' in " + what
                        + " (first at line " + first.location().line() + ")");
            }
        }
    }

    private static YNode value(Map<String, YNode.Entry> f, String key) {
        YNode.Entry e = f.get(key);
        return e == null ? null : e.value();
    }

    private String string(Map<String, YNode.Entry> f, String key, String what) {
        YNode v = value(f, key);
        if (v == null) return null;
        if (v instanceof YNode.Scalar s && !s.isNull()) return s.value();
        error(v, "type", what + ": " + key + " must be a string, got " + YNode.describe(v));
        return null;
    }

    private List<String> strings(Map<String, YNode.Entry> f, String key, String what) {
        List<String> out = new ArrayList<>();
        for (YNode item : items(f.get(key), what + ": " + key)) {
            if (item instanceof YNode.Scalar s && !s.isNull()) out.add(s.value());
            else error(item, "type", what + ": each of " + key + " must be a string, got " + YNode.describe(item));
        }
        return List.copyOf(out);
    }

    /** The items of a list-valued key; an absent or null value is an empty list. */
    private List<YNode> items(YNode.Entry e, String what) {
        if (e == null || e.value() instanceof YNode.Scalar s && s.isNull()) return List.of();
        if (e.value() instanceof YNode.Sequence seq) return seq.items();
        error(e.value(), "type", what + " must be a list, got " + YNode.describe(e.value()));
        return List.of();
    }

    /** An id or a list of ids (party, counterparty). */
    private List<String> ids(Map<String, YNode.Entry> f, String key, String what) {
        YNode v = value(f, key);
        if (v == null) return List.of();
        List<YNode> nodes = v instanceof YNode.Sequence seq ? seq.items() : List.of(v);
        List<String> out = new ArrayList<>();
        for (YNode n : nodes) {
            if (n instanceof YNode.Scalar s && !s.isNull()) {
                if (checkId(s, what + ": " + key)) out.add(s.value());
            } else {
                error(n, "type", what + ": " + key + " must be an id or a list of ids, got " + YNode.describe(n));
            }
        }
        return List.copyOf(out);
    }

    private List<String> idList(Map<String, YNode.Entry> f, String key, String what) {
        List<String> out = new ArrayList<>();
        for (YNode item : items(f.get(key), what + ": " + key)) {
            if (item instanceof YNode.Scalar s && !s.isNull()) {
                if (checkId(s, what + ": " + key)) out.add(s.value());
            } else {
                error(item, "type", what + ": each of " + key + " must be an id, got " + YNode.describe(item));
            }
        }
        return List.copyOf(out);
    }

    private String id(Map<String, YNode.Entry> f, String key, String what) {
        YNode v = value(f, key);
        if (v == null) return null;
        if (v instanceof YNode.Scalar s && !s.isNull()) return checkId(s, what + " " + key) ? s.value() : null;
        error(v, "type", what + ": " + key + " must be an id, got " + YNode.describe(v));
        return null;
    }

    private boolean checkId(YNode.Scalar s, String what) {
        if (ID.matcher(s.value()).matches()) return true;
        error(s, "bad-id", what + ": '" + s.value()
                + "' is not a valid id (lower-case letters, digits and single hyphens, e.g. rofr-new-capacity)");
        return false;
    }

    private Boolean bool(Map<String, YNode.Entry> f, String key, String what) {
        YNode v = value(f, key);
        if (v == null) return null;
        if (v instanceof YNode.Scalar s && s.plain()) {
            if (s.value().equals("true") || s.value().equals("True") || s.value().equals("TRUE")) return true;
            if (s.value().equals("false") || s.value().equals("False") || s.value().equals("FALSE")) return false;
        }
        String hint = "";
        if (v instanceof YNode.Scalar s && !s.plain()) hint = " (quoted, so it is text; write true or false bare)";
        else if (v instanceof YNode.Scalar s && s.value().matches("(?i)yes|no|y|n|on|off"))
            hint = " (YAML 1.1 read that as a boolean; this format does not)";
        error(v, "type", what + ": " + key + " must be true or false, got " + shown(v) + hint);
        return null;
    }

    private LocalDate date(Map<String, YNode.Entry> f, String key, String what) {
        YNode v = value(f, key);
        if (v == null || v instanceof YNode.Scalar s && s.isNull()) return null;
        if (v instanceof YNode.Scalar s) return parseDate(s, what + ": " + key);
        error(v, "type", what + ": " + key + " must be a date (YYYY-MM-DD), got " + YNode.describe(v));
        return null;
    }

    private String dateText(Map<String, YNode.Entry> f, String key, String what) {
        LocalDate d = date(f, key, what);
        return d == null ? null : d.toString();
    }

    private LocalDate parseDate(YNode.Scalar s, String what) {
        if (DATE.matcher(s.value()).matches()) {
            try {
                return LocalDate.parse(s.value());
            } catch (DateTimeParseException e) {
                error(s, "bad-date", what + ": '" + s.value() + "' is not a calendar date");
                return null;
            }
        }
        error(s, "bad-date", what + ": '" + s.value() + "' is not a date; write YYYY-MM-DD");
        return null;
    }

    /** A date or an event id, or (where {@code list}) a list of them. */
    private List<Bound> bounds(Map<String, YNode.Entry> f, String key, String what, boolean list) {
        YNode v = value(f, key);
        if (v == null || v instanceof YNode.Scalar s && s.isNull()) return List.of();
        List<YNode> nodes;
        if (v instanceof YNode.Sequence seq && list) nodes = seq.items();
        else nodes = List.of(v);
        List<Bound> out = new ArrayList<>();
        for (YNode n : nodes) {
            if (!(n instanceof YNode.Scalar s) || s.isNull()) {
                error(n, "type", what + ": " + key + " must be a date (YYYY-MM-DD) or an event id"
                        + (list ? ", or a list of them" : "") + ", got " + YNode.describe(n));
                continue;
            }
            if (DATE_LIKE.matcher(s.value()).matches()) {
                LocalDate d = parseDate(s, what + ": " + key);
                if (d != null) out.add(new Bound.OnDate(d));
            } else if (ID.matcher(s.value()).matches()) {
                out.add(new Bound.OnEvent(s.value()));
            } else {
                error(s, "bad-date", what + ": " + key + " '" + s.value()
                        + "' is neither a date (YYYY-MM-DD) nor an event id");
            }
        }
        return List.copyOf(out);
    }

    private static String shown(YNode v) {
        return v instanceof YNode.Scalar s && !s.isNull() ? "'" + s.value() + "'" : YNode.describe(v);
    }

    /**
     * Names a file may have compared for did-you-mean suggestions: each costs little (see
     * {@link Words#nearest}), but ten thousand bad references against a hundred thousand ids
     * would not. Past it, errors come without a suggestion.
     */
    static final long SUGGESTION_BUDGET = 500_000;
    private long suggestionBudget = SUGGESTION_BUDGET;

    private String hint(String word, Collection<String> known) {
        if (known.size() > suggestionBudget) return "";
        suggestionBudget -= known.size();
        String near = Words.nearest(word, known);
        return near == null ? "" : "; did you mean '" + near + "'?";
    }

    private void error(YNode at, String code, String message) {
        problems.add(Diagnostic.error(at.location(), code, message));
    }
}
