package dev.terms.model;

import java.io.IOException;
import java.io.Writer;

/**
 * Text from a terms file made safe to show: the one place that decides which characters a
 * terminal must not receive raw. A terms file comes from someone else, and a title holding an
 * escape sequence can set the terminal's title, clear the screen or write the clipboard (OSC
 * 52); a bidi override (U+202E) makes text read other than it is. Those characters are shown
 * escaped, as {@code \u001b}: C0 controls but tab and newline, DEL, C1 controls, the bidi
 * embeddings, overrides, isolates and marks, and the Unicode line and paragraph separators.
 */
public final class Printable {

    private Printable() {}

    /** Whether {@code c} is shown escaped (tab and newline are, too, in {@link #line}). */
    public static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f // C0, DEL, C1
                || c == 0x061c || c == 0x200e || c == 0x200f // the Arabic letter mark, LRM, RLM
                || c >= 0x202a && c <= 0x202e // embeddings and overrides
                || c >= 0x2066 && c <= 0x2069 // isolates
                || c == 0x2028 || c == 0x2029; // line and paragraph separators
    }

    /** {@code s} on one line: newlines and tabs escaped too, as a message or a location must be. */
    public static String line(String s) {
        return escape(s, false);
    }

    /** {@code s} with what a terminal must not receive escaped; tabs and newlines kept when {@code layout}. */
    public static String escape(String s, boolean layout) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = !unsafe(c) || layout && (c == '\n' || c == '\t');
            if (keep) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * A writer that escapes what {@link #escape} does, keeping tabs and newlines (the layout of
     * tables and listings), and, when {@code colour}, the few SGR sequences {@code Style} writes
     * (bold, dim, reset and three colours): a file can at most colour text, never move the
     * cursor, set a title or reach the clipboard. Every text output goes through one.
     */
    public static Writer filter(Writer to, boolean colour) {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len));
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                write(s.substring(off, off + len));
            }

            @Override
            public void write(String s) throws IOException {
                to.write(safe(s, colour));
            }

            @Override
            public void flush() throws IOException {
                to.flush();
            }

            @Override
            public void close() throws IOException {
                to.close();
            }
        };
    }

    private static final java.util.List<String> SGR = java.util.List.of("[0m", "[1m", "[2m", "[31m", "[32m", "[33m");

    static String safe(String s, boolean colour) {
        int first = 0;
        while (first < s.length() && !unsafe(s.charAt(first)) || first < s.length() && (s.charAt(first) == '\n'
                || s.charAt(first) == '\t')) first++;
        if (first == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (colour && c == 0x1b) {
                String sgr = sgrAt(s, i + 1);
                if (sgr != null) {
                    b.append(c).append(sgr);
                    i += sgr.length();
                    continue;
                }
            }
            if (!unsafe(c) || c == '\n' || c == '\t') b.append(c);
            else b.append(escape(String.valueOf(c), false));
        }
        return b.toString();
    }

    private static String sgrAt(String s, int at) {
        for (String sgr : SGR) if (s.startsWith(sgr, at)) return sgr;
        return null;
    }
}
