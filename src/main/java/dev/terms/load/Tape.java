package dev.terms.load;

import dev.terms.model.Location;
import java.util.Arrays;
import java.util.HashMap;

/**
 * A parsed document as a tape: one slot per node, in document order, in parallel primitive
 * arrays (kind, where its subtree ends, line, column) plus the scalars' text. The YAML and JSON
 * readers write it from their parsers' events; the decoder walks it by index. A tree of located
 * node objects cost more than the parsing (100,000 clauses: millions of nodes kept to the end,
 * then collected); here a node costs 13 bytes and its text, which the model mostly keeps anyway.
 * A mapping's children are its keys and values, alternating.
 */
final class Tape {

    static final byte TEXT = 0;     // a quoted scalar (a JSON string): always text
    static final byte PLAIN = 1;    // an unquoted scalar: YAML would resolve it (null, true, 12)
    static final byte MAPPING = 2;
    static final byte SEQUENCE = 3;

    final String file;
    private byte[] kind;
    private int[] end;
    private int[] line;
    private int[] column;
    private String[] text;
    private int size;
    /**
     * One String for each short scalar: keys, ids, kinds, places and dates recur in every clause
     * (100,000 generated clauses: 1.3 million scalars, 0.4 million distinct), and each copy would
     * be kept by the model, and copied by every young collection on the way to the old generation.
     */
    private final HashMap<String, String> shortText;
    private static final int SHORT = 64;

    Tape(String file) {
        this(file, 1024);
    }

    /**
     * A tape for about {@code slots} nodes: the readers guess from the file's size, so that a
     * large file's arrays are not copied as they grow (each copy a large array for the old
     * generation to hold until a full collection).
     */
    Tape(String file, int slots) {
        this.file = file;
        int n = Math.max(16, slots);
        shortText = new HashMap<>(n / 8); // about one distinct short scalar in eight nodes: no rehashing
        kind = new byte[n];
        end = new int[n];
        line = new int[n];
        column = new int[n];
        text = new String[n];
    }

    /** About how many nodes a file of {@code bytes} holds: generated terms files run 13–16 bytes a node. */
    static int slotsFor(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE - 8, bytes / 12 + 16);
    }

    int size() {
        return size;
    }

    boolean mapping(int i) {
        return kind[i] == MAPPING;
    }

    boolean sequence(int i) {
        return kind[i] == SEQUENCE;
    }

    boolean scalar(int i) {
        return kind[i] <= PLAIN;
    }

    boolean plain(int i) {
        return kind[i] == PLAIN;
    }

    /** A scalar's text (null for a collection). */
    String text(int i) {
        return text[i];
    }

    boolean isNull(int i) {
        if (kind[i] != PLAIN) return false;
        String v = text[i];
        return v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null");
    }

    /** The slot after the subtree at {@code i}: its next sibling, if it has one. */
    int end(int i) {
        return end[i];
    }

    /** How many children a collection has. */
    int count(int i) {
        int n = 0;
        for (int c = i + 1; c < end[i]; c = end[c]) n++;
        return n;
    }

    int line(int i) {
        return line[i];
    }

    int column(int i) {
        return column[i];
    }

    Location location(int i) {
        return new Location(file, line[i], column[i]);
    }

    /** What to call a node's type in an error message. */
    String describe(int i) {
        if (scalar(i)) return isNull(i) ? "nothing (null)" : "a scalar";
        return mapping(i) ? "a mapping" : "a list";
    }

    // ---- writing ----

    int scalar(String value, boolean plain, int atLine, int atColumn) {
        if (value.length() <= SHORT) {
            String known = shortText.putIfAbsent(value, value);
            if (known != null) value = known;
        }
        return canonical(value, plain, atLine, atColumn);
    }

    /** As {@link #scalar}, for text its parser gives as one String each time (JSON's field names). */
    int canonical(String value, boolean plain, int atLine, int atColumn) {
        int i = slot(plain ? PLAIN : TEXT, atLine, atColumn);
        text[i] = value;
        end[i] = i + 1;
        return i;
    }

    /** Opens a collection; its children follow until {@link #close}. */
    int open(byte collection, int atLine, int atColumn) {
        int i = slot(collection, atLine, atColumn);
        end[i] = -1;
        return i;
    }

    void close(int i) {
        end[i] = size;
    }

    /** Appends a copy of the subtree at {@code from} (an alias's value), keeping its locations. */
    int copy(int from) {
        int length = end[from] - from;
        int to = size;
        grow(size + length);
        System.arraycopy(kind, from, kind, to, length);
        System.arraycopy(line, from, line, to, length);
        System.arraycopy(column, from, column, to, length);
        System.arraycopy(text, from, text, to, length);
        for (int k = 0; k < length; k++) end[to + k] = end[from + k] + (to - from);
        size += length;
        return to;
    }

    private int slot(byte k, int atLine, int atColumn) {
        if (size == kind.length) grow(size + 1);
        kind[size] = k;
        line[size] = atLine;
        column[size] = atColumn;
        return size++;
    }

    private void grow(int least) {
        if (least <= kind.length) return;
        int n = Math.max(least, kind.length + (kind.length >> 1));
        kind = Arrays.copyOf(kind, n);
        end = Arrays.copyOf(end, n);
        line = Arrays.copyOf(line, n);
        column = Arrays.copyOf(column, n);
        text = Arrays.copyOf(text, n);
    }
}
