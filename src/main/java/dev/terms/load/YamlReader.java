package dev.terms.load;

import dev.terms.model.Location;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Turns the bytes of a YAML file into a {@link Tape}, from SnakeYAML's event stream. Working
 * from events rather than a composed document lets us resolve aliases to their real values
 * while counting what they expand to, keep nesting on our own stack, refuse global tags
 * before anything could be built from them, and locate every refusal.
 */
final class YamlReader {

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> ALLOWED_TAGS =
            Set.of("str", "int", "float", "bool", "null", "map", "seq", "timestamp");

    private final String file;
    private final Limits limits;
    private int textLength;
    /** Where each line starts, for {@link #at}: set by {@link #parse}. */
    private int[] lines;
    private int lineCount;

    YamlReader(String file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Decodes strict UTF-8 (a BOM is allowed) and checks line lengths before any YAML parsing. */
    String decode(byte[] bytes) throws LoadException {
        Encoding.check(bytes, file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int line = 1, start = 0;
        for (int i = 0; i <= text.length(); i++) {
            // a line ends at \n, \r\n or a lone \r (old Mac files), as editors and YAML count them
            if (i == text.length() || text.charAt(i) == '\n'
                    || text.charAt(i) == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (i - start > limits.maxLineChars()) {
                    throw fail(line, limits.maxLineChars() + 1, "limit",
                            "line is " + (i - start) + " characters long; the limit is " + limits.maxLineChars());
                }
                line++;
                start = i + 1;
            }
        }
        return text;
    }

    /** Parses one YAML document onto a tape; an empty tape when the stream holds none. */
    Tape parse(String text) throws LoadException {
        lines = lineStarts(text);
        textLength = text.length();
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setProcessComments(false);
        try {
            return build(new ParserImpl(new StreamReader(text), options));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            Location at = m == null ? new Location(file, 1, 1) : at(m);
            throw fail(at, "syntax", "YAML syntax error: " + syntaxMessage(problem));
        } catch (ReaderException e) {
            throw fail(at(e.getPosition()), "syntax", String.format(
                    "YAML syntax error: character U+%04X is not allowed in YAML", e.getCodePoint()));
        } catch (YAMLException e) {
            throw fail(1, 1, "syntax", "YAML syntax error: " + e.getMessage());
        }
    }

    private static String syntaxMessage(String problem) {
        if (problem == null) return "unexpected content";
        String p = problem.strip();
        if (p.contains("'\\t'")) return p + " (tabs cannot indent YAML; use spaces)";
        return p;
    }

    /** A collection under construction. */
    private static final class Open {
        final int slot;
        final String anchor;
        final boolean mapping;
        int children;
        long size = 1;
        int height = 1;

        Open(int slot, String anchor, boolean mapping) {
            this.slot = slot;
            this.anchor = anchor;
            this.mapping = mapping;
        }
    }

    /** An anchored node: where it is on the tape, and how tall its subtree is. */
    private record Anchor(int slot, int height) {}

    private Tape build(ParserImpl parser) throws LoadException {
        Tape tape = new Tape(file, Tape.slotsFor(textLength));
        Map<String, Anchor> anchors = new HashMap<>();
        Set<String> openAnchors = new HashSet<>();
        Deque<Open> stack = new ArrayDeque<>();
        int aliases = 0;
        long expanded = 0;
        boolean sawDocument = false;
        while (true) {
            Event ev = parser.getEvent();
            int done;
            long size = 1;
            int height = 1;
            switch (ev.getEventId()) {
                case StreamStart:
                case DocumentEnd:
                    continue;
                case StreamEnd:
                    return tape;
                case DocumentStart:
                    if (sawDocument) {
                        throw fail(at(ev.getStartMark()), "multiple-documents",
                                "a terms file holds one YAML document; a second one starts here");
                    }
                    sawDocument = true;
                    continue;
                case MappingStart:
                case SequenceStart: {
                    CollectionStartEvent c = (CollectionStartEvent) ev;
                    checkTag(c.getTag(), ev);
                    if (stack.size() >= limits.maxDepth()) {
                        throw fail(at(ev.getStartMark()), "limit",
                                "nesting is deeper than " + limits.maxDepth() + " levels");
                    }
                    boolean mapping = ev.getEventId() == Event.ID.MappingStart;
                    int index = mark(ev.getStartMark());
                    Open open = new Open(tape.open(mapping ? Tape.MAPPING : Tape.SEQUENCE, lineOf, index - lines[lineOf - 1] + 1),
                            c.getAnchor(), mapping);
                    if (open.anchor != null) openAnchors.add(open.anchor);
                    stack.push(open);
                    continue;
                }
                case MappingEnd:
                case SequenceEnd: {
                    Open open = stack.pop();
                    if (open.anchor != null) openAnchors.remove(open.anchor);
                    tape.close(open.slot);
                    if (open.mapping) checkMapping(tape, open.slot);
                    done = open.slot;
                    size = open.size;
                    height = open.height;
                    if (open.anchor != null) anchors.put(open.anchor, new Anchor(done, height));
                    break;
                }
                case Scalar: {
                    ScalarEvent s = (ScalarEvent) ev;
                    checkTag(s.getTag(), ev);
                    if (s.getValue().length() > limits.maxStringChars()) {
                        throw fail(at(ev.getStartMark()), "limit", "a string of " + s.getValue().length()
                                + " characters; the limit is " + limits.maxStringChars());
                    }
                    boolean quotedByTag = s.getTag() != null && !s.getTag().startsWith(CORE)
                            || (CORE + "str").equals(s.getTag());
                    String value = s.getValue();
                    int index = mark(ev.getStartMark());
                    done = tape.scalar(value, s.isPlain() && !quotedByTag, lineOf, index - lines[lineOf - 1] + 1);
                    if (s.getAnchor() != null) anchors.put(s.getAnchor(), new Anchor(done, 1));
                    break;
                }
                case Alias: {
                    String name = ((AliasEvent) ev).getAnchor();
                    Anchor anchor = anchors.get(name);
                    if (anchor == null) {
                        throw fail(at(ev.getStartMark()), "alias", openAnchors.contains(name)
                                ? "alias *" + name + " refers to a node that contains it (a recursive alias)"
                                : "alias *" + name + " refers to no anchor &" + name + " defined before it");
                    }
                    size = tape.end(anchor.slot()) - anchor.slot();
                    height = anchor.height();
                    aliases++;
                    expanded += size;
                    if (aliases > limits.maxAliases()) {
                        throw fail(at(ev.getStartMark()), "limit",
                                "more than " + limits.maxAliases() + " aliases in one file");
                    }
                    if (expanded > limits.maxExpandedNodes()) {
                        throw fail(at(ev.getStartMark()), "limit", "aliases expand to more than "
                                + limits.maxExpandedNodes() + " nodes (an alias bomb?)");
                    }
                    if (stack.size() + height > limits.maxDepth()) {
                        throw fail(at(ev.getStartMark()), "limit", "alias *" + name
                                + " nests deeper than " + limits.maxDepth() + " levels");
                    }
                    // the value itself, where it is used: its locations stay those of the anchored node
                    done = tape.copy(anchor.slot());
                    break;
                }
                default:
                    throw new AssertionError(ev.getEventId());
            }
            if (!stack.isEmpty()) {
                Open parent = stack.peek();
                parent.children++;
                parent.size = Math.min(Long.MAX_VALUE / 2, parent.size + size);
                parent.height = Math.max(parent.height, height + 1);
            }
        }
    }

    /**
     * A mapping's keys are scalars, and a {@code <<} merge takes a mapping or a list of them. The
     * merge itself is applied where the mapping is read ({@link Decoder}): keys written in the
     * mapping win over merged ones.
     */
    private void checkMapping(Tape tape, int map) throws LoadException {
        for (int k = map + 1; k < tape.end(map); k = tape.end(tape.end(k))) {
            if (!tape.scalar(k)) {
                throw fail(tape.location(k), "key-type", "a key must be a plain word, not " + tape.describe(k));
            }
        }
        for (int k = map + 1; k < tape.end(map); k = tape.end(tape.end(k))) {
            if (!isMerge(tape, k)) continue;
            int v = tape.end(k);
            if (tape.sequence(v)) {
                for (int m = v + 1; m < tape.end(v); m = tape.end(m)) {
                    if (!tape.mapping(m)) throw mergeOfNonMapping(tape, m);
                }
            } else if (!tape.mapping(v)) {
                throw mergeOfNonMapping(tape, v);
            }
        }
    }

    static boolean isMerge(Tape tape, int key) {
        return tape.plain(key) && tape.text(key).equals("<<");
    }

    private LoadException mergeOfNonMapping(Tape tape, int node) {
        return fail(tape.location(node), "merge", "a << merge takes a mapping or a list of mappings");
    }

    private void checkTag(String tag, Event ev) throws LoadException {
        if (tag == null || tag.equals("!")) return;
        if (tag.startsWith(CORE) && ALLOWED_TAGS.contains(tag.substring(CORE.length()))) return;
        String shown = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
        throw fail(at(ev.getStartMark()), "tag",
                "tag " + shown + " is not allowed: terms files use plain YAML values");
    }

    /**
     * Where a mark is, as an editor counts: SnakeYAML (YAML 1.1) also breaks lines at U+0085,
     * U+2028 and U+2029, so its own line numbers drift past one of those (even in a comment).
     * Lines are counted here from the mark's index, with breaks at \n, \r\n and a lone \r only.
     */
    private Location at(Mark m) {
        if (lines == null) return new Location(file, m.getLine() + 1, m.getColumn() + 1);
        return at(m.getIndex());
    }

    /** The line of the last {@link #mark}, 1-based. */
    private int lineOf = 1;

    /**
     * The code-point index of a mark, setting {@link #lineOf} to its line. Marks come in document
     * order, so the line is found by stepping on from the last one (a binary search if not).
     */
    private int mark(Mark m) {
        int index = m.getIndex();
        if (lineOf < 1 || lineOf > lineCount || lines[lineOf - 1] > index) {
            int l = java.util.Arrays.binarySearch(lines, 0, lineCount, index);
            lineOf = (l < 0 ? -l - 2 : l) + 1;
        }
        while (lineOf < lineCount && lines[lineOf] <= index) lineOf++;
        return index;
    }

    /** The location of a code-point index into the text being parsed. */
    private Location at(int index) {
        int line = java.util.Arrays.binarySearch(lines, 0, lineCount, index);
        if (line < 0) line = -line - 2;
        return new Location(file, line + 1, index - lines[line] + 1);
    }

    /** The code-point index at which each line starts. */
    private int[] lineStarts(String text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            i += Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            cp++;
            if (c == '\n' || c == '\r' && (i == text.length() || text.charAt(i) != '\n')) {
                if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
                starts[n++] = cp;
            }
        }
        lineCount = n;
        return starts;
    }

    private LoadException fail(int line, int column, String code, String message) {
        return fail(new Location(file, line, column), code, message);
    }

    private static LoadException fail(Location at, String code, String message) {
        return new LoadException(List.of(Diagnostic.error(at, code, message)), false);
    }
}
