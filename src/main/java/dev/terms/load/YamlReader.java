package dev.terms.load;

import dev.terms.model.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
 * Turns the bytes of a YAML file into a located tree, from SnakeYAML's event stream. Working
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
    /** Where each line starts, for {@link #at}: set by {@link #parse}. */
    private int[] lines;
    private int lineCount;

    YamlReader(String file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Decodes strict UTF-8 (a BOM is allowed) and checks line lengths before any YAML parsing. */
    String decode(byte[] bytes) throws LoadException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw fail(1, 1, "encoding", "the file is UTF-16; terms files must be UTF-8");
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1, col = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') { line++; col = 1; }
                else if ((bytes[i] & 0xC0) != 0x80) col++;
            }
            throw fail(line, col, "encoding", String.format(
                    "invalid UTF-8 (byte 0x%02X at offset %d); terms files must be UTF-8", bytes[at] & 0xFF, at));
        }
        dec.flush(out);
        out.flip();
        String text = out.toString();
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

    /** Parses one YAML document; null when the stream holds none. */
    YNode parse(String text) throws LoadException {
        lines = lineStarts(text);
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
        final Location location;
        final String anchor;
        final boolean mapping;
        final List<YNode> items = new ArrayList<>();
        long size = 1;
        int height = 1;

        Open(Location location, String anchor, boolean mapping) {
            this.location = location;
            this.anchor = anchor;
            this.mapping = mapping;
        }
    }

    private YNode build(ParserImpl parser) throws LoadException {
        Map<String, YNode> anchors = new HashMap<>();
        Set<String> openAnchors = new HashSet<>();
        Map<YNode, long[]> sizeAndHeight = new IdentityHashMap<>();
        Deque<Open> stack = new ArrayDeque<>();
        YNode root = null;
        int aliases = 0;
        long expanded = 0;
        boolean sawDocument = false;
        while (true) {
            Event ev = parser.getEvent();
            YNode done = null;
            long size = 1;
            int height = 1;
            switch (ev.getEventId()) {
                case StreamStart:
                case DocumentEnd:
                    continue;
                case StreamEnd:
                    return root;
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
                    Open open = new Open(at(ev.getStartMark()), c.getAnchor(),
                            ev.getEventId() == Event.ID.MappingStart);
                    if (open.anchor != null) openAnchors.add(open.anchor);
                    stack.push(open);
                    continue;
                }
                case MappingEnd:
                case SequenceEnd: {
                    Open open = stack.pop();
                    if (open.anchor != null) openAnchors.remove(open.anchor);
                    done = open.mapping ? mapping(open) : new YNode.Sequence(List.copyOf(open.items), open.location);
                    size = open.size;
                    height = open.height;
                    if (open.anchor != null) anchors.put(open.anchor, done);
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
                    done = new YNode.Scalar(s.getValue(), s.isPlain() && !quotedByTag, at(ev.getStartMark()));
                    if (s.getAnchor() != null) anchors.put(s.getAnchor(), done);
                    break;
                }
                case Alias: {
                    String name = ((AliasEvent) ev).getAnchor();
                    done = anchors.get(name);
                    if (done == null) {
                        throw fail(at(ev.getStartMark()), "alias", openAnchors.contains(name)
                                ? "alias *" + name + " refers to a node that contains it (a recursive alias)"
                                : "alias *" + name + " refers to no anchor &" + name + " defined before it");
                    }
                    long[] sh = sizeAndHeight.getOrDefault(done, new long[] {1, 1});
                    size = sh[0];
                    height = (int) sh[1];
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
                    break;
                }
                default:
                    throw new AssertionError(ev.getEventId());
            }
            if (size > 1 || height > 1) sizeAndHeight.put(done, new long[] {size, height});
            if (stack.isEmpty()) {
                root = done;
            } else {
                Open parent = stack.peek();
                parent.items.add(done);
                parent.size = Math.min(Long.MAX_VALUE / 2, parent.size + size);
                parent.height = Math.max(parent.height, height + 1);
            }
        }
    }

    /** Pairs up a mapping's items, applying {@code <<} merge keys: keys written in the mapping win. */
    private YNode.Mapping mapping(Open open) throws LoadException {
        List<YNode.Entry> entries = new ArrayList<>();
        List<YNode> merged = new ArrayList<>();
        for (int i = 0; i + 1 < open.items.size(); i += 2) {
            YNode k = open.items.get(i);
            YNode v = open.items.get(i + 1);
            if (!(k instanceof YNode.Scalar key)) {
                throw fail(k.location(), "key-type", "a key must be a plain word, not " + YNode.describe(k));
            }
            if (key.plain() && key.value().equals("<<")) {
                if (v instanceof YNode.Sequence seq) merged.addAll(seq.items());
                else merged.add(v);
            } else {
                entries.add(new YNode.Entry(key, v));
            }
        }
        // the keys present, in a set: looking each merged key up in the list was quadratic
        // (a 229 KB file took 28 s)
        java.util.Set<String> present = new java.util.HashSet<>();
        if (!merged.isEmpty()) for (YNode.Entry e : entries) present.add(e.key().value());
        for (YNode m : merged) {
            if (!(m instanceof YNode.Mapping source)) {
                throw fail(m.location(), "merge", "a << merge takes a mapping or a list of mappings");
            }
            for (YNode.Entry e : source.entries()) {
                if (present.add(e.key().value())) entries.add(e);
            }
        }
        return new YNode.Mapping(List.copyOf(entries), open.location);
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
