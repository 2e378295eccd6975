package dev.terms.quote;

import dev.terms.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A contract's own text, for finding the quotations a terms file makes of it. Quotation and
 * text are compared after the differences that do not change the words: runs of whitespace and
 * line breaks are one space, and curly quotes and apostrophes are straight ones. An ellipsis in
 * a quotation ({@code ...}, {@code …}, or either in brackets) stands for words left out: the
 * fragments on each side must appear in that order.
 */
public final class SourceText {

    private final String file;
    private final String text;
    /** The text compared: normalised as above. */
    private final String flat;
    /** For each character of {@code flat}, the offset in {@code text} it comes from. */
    private final int[] origin;
    private final int[] lineStarts;
    /** The flat text's words, made when a quotation is not found and the closest passage is looked for. */
    private List<Word> words;

    /** A word of the flat text: where it starts and ends there. */
    record Word(String text, int start, int end) {}

    public SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        int[] from = new int[text.length() + 1];
        this.flat = flatten(text, from);
        this.origin = from;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        int[] starts = new int[lines];
        for (int i = 0, n = 1; i < text.length(); i++) if (text.charAt(i) == '\n') starts[n++] = i + 1;
        this.lineStarts = starts;
    }

    /**
     * The text compared: whitespace runs made one space (leading ones dropped), curly quotes
     * straight. {@code from}, when given, receives each flat character's offset in {@code text}.
     */
    private static String flatten(String text, int[] from) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    if (from != null) from[b.length()] = i;
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            if (from != null) from[b.length()] = i;
            b.append(straight(c));
            space = false;
        }
        if (from != null) from[b.length()] = text.length();
        return b.toString();
    }

    public String file() {
        return file;
    }

    /** Where a quotation stands: found at {@code at}; else {@code at} is null and {@code closest} says what is nearest. */
    public record Found(Location at, Closest closest) {
        public boolean found() {
            return at != null;
        }
    }

    /** The passage nearest a fragment that is not in the text, and the fragment's words against it, marked. */
    public record Closest(Location at, String passage, String marked) {}

    /** Finds a quotation: each of its fragments, in order; when one is missing, the passage closest to it. */
    public Found find(String quotation) {
        return find(quotation, true);
    }

    /** As {@link #find}, without looking for the closest passage (what answers need: where, or nothing). */
    public Found locate(String quotation) {
        return find(quotation, false);
    }

    private Found find(String quotation, boolean closest) {
        int from = 0;
        Location first = null;
        for (String fragment : fragments(quotation)) {
            int at = flat.indexOf(fragment, from);
            if (at < 0) return new Found(null, closest ? closest(fragment) : null);
            if (first == null) first = location(at);
            from = at + fragment.length();
        }
        return new Found(first == null ? location(0) : first, null);
    }

    private static final Pattern ELLIPSIS = Pattern.compile("\\[?(\\.\\.\\.|…)\\]?");

    /** A quotation's fragments, flattened as the text is; the ellipses between them dropped. */
    static List<String> fragments(String quotation) {
        List<String> out = new ArrayList<>();
        for (String part : ELLIPSIS.split(quotation)) {
            String f = flatten(part, null).strip();
            if (!f.isEmpty()) out.add(f);
        }
        return out;
    }

    /**
     * The passage of the text nearest the fragment, word by word: the span whose words need the
     * fewest insertions, deletions and substitutions to become the fragment's (Sellers' algorithm:
     * an edit distance that may start and end anywhere in the text, two rows of the table kept).
     * A word inserted or deleted costs 2, one replaced by another 2, by the same letters in
     * another case or punctuation 1: so "provider." against "provider," is one changed word, and
     * at either end of the passage a word the text lacks is not traded for one it has.
     */
    Closest closest(String fragment) {
        List<Word> words = words();
        List<Word> q = words(fragment);
        int n = words.size(), m = q.size();
        if (n == 0 || m == 0) return null;
        int[] cost = new int[n + 1], start = new int[n + 1];
        int[] prevCost = new int[n + 1], prevStart = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prevCost[j] = 0;
            prevStart[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cost[0] = 2 * i;
            start[0] = 0;
            String w = q.get(i - 1).text();
            for (int j = 1; j <= n; j++) {
                int sub = prevCost[j - 1] + replace(w, words.get(j - 1).text());
                int del = prevCost[j] + 2;   // a word of the fragment not in the text
                int ins = cost[j - 1] + 2;   // a word of the text not in the fragment
                if (sub < del && sub <= ins) {
                    cost[j] = sub;
                    start[j] = prevStart[j - 1];
                } else if (del <= ins) {
                    cost[j] = del;
                    start[j] = prevStart[j];
                } else {
                    cost[j] = ins;
                    start[j] = start[j - 1];
                }
            }
            int[] t = prevCost; prevCost = cost; cost = t;
            t = prevStart; prevStart = start; start = t;
        }
        int end = 1;
        for (int j = 1; j <= n; j++) if (prevCost[j] < prevCost[end]) end = j;
        int begin = Math.min(prevStart[end], end - 1);
        List<Word> span = words.subList(begin, end);
        String passage = flat.substring(span.get(0).start(), span.get(span.size() - 1).end());
        return new Closest(location(span.get(0).start()), passage, WordDiff.marked(span, q));
    }

    private static int replace(String a, String b) {
        if (a.equals(b)) return 0;
        return letters(a).equalsIgnoreCase(letters(b)) ? 1 : 2;
    }

    private static String letters(String w) {
        return w.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private Location location(int flatIndex) {
        int offset = origin[flatIndex];
        int line = java.util.Arrays.binarySearch(lineStarts, offset);
        if (line < 0) line = -line - 2;
        int column = text.codePointCount(lineStarts[line], offset) + 1;
        return new Location(file, line + 1, column);
    }

    private synchronized List<Word> words() {
        if (words == null) words = words(flat);
        return words;
    }

    static List<Word> words(String flat) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < flat.length()) {
            while (i < flat.length() && flat.charAt(i) == ' ') i++;
            int s = i;
            while (i < flat.length() && flat.charAt(i) != ' ') i++;
            if (i > s) out.add(new Word(flat.substring(s, i), s, i));
        }
        return out;
    }

    static char straight(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }
}
