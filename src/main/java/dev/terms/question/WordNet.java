package dev.terms.question;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English words from WordNet 3.1: their lemmas, parts of speech, and how two of them are related,
 * read from the table that {@code dev.terms.tools.LexiconGenerator} compiles at build time (its
 * class comment gives the line format and which senses are kept). No WordNet library at run time:
 * loading one costs ~270 ms.
 *
 * <p>The table is 1.5 MB of sorted lines cut into 16 KB chunks, and a lookup reads only the chunk
 * that holds its word, searched in place: in a fresh JVM reading a jar entry costs ~7 ms per MB
 * (inflating it), so reading all of it would spend this component's start-up budget twice over,
 * while a chunk costs ~0.2 ms. Nothing is read until the first lookup. Measured (bench/wordnet.sh,
 * JDK 17, launcher flags, this thread's CPU, median of 15 fresh JVMs): one lookup 2.8 ms, a
 * question's worth (six words' parts of speech, three relations) 5.8 ms; with a CDS archive that
 * has not opened the jar yet, 1-2 ms more for reading the jar's directory.
 *
 * <p>Relations are one step at most: the same synset, or a direct hypernym of one word's kept senses
 * being a kept sense of the other. Two words under a common hypernym are unrelated (train and run
 * meet at "direct", cancel and terminate at "remove"): the step sideways is what makes false
 * synonyms.
 */
public final class WordNet {

    private WordNet() {}

    public enum Pos {
        VERB("v"), NOUN("n"), ADJECTIVE("a");

        /** the keys of this part of speech's fields in the table's lines */
        final String lemmaKey;
        final String irregularKey;

        Pos(String tag) {
            lemmaKey = tag + "=";
            irregularKey = tag + "<=";
        }
    }

    /** How the stated word (a clause's) stands to the asked word (a question's). */
    public enum Relation {
        /** the same lemma ("sold", "sells") */
        SAME,
        /** a shared sense among the kept ones ("buy", "purchase") */
        SYNONYM,
        /** the stated word is a direct hypernym of the asked one: asked "resell", stated "sell" */
        BROADER,
        /** the stated word is a direct hyponym of the asked one: asked "sell", stated "resell" */
        NARROWER,
        /** a verb and a noun of one stem ("terminate", "termination") */
        DERIVED,
        /** both known, none of the above */
        UNRELATED,
        /** a word the lexicon does not know */
        UNKNOWN
    }

    /** The lemmas of a word as the part of speech (WordNet's morphy); empty when it is not one. */
    public static List<String> lemmas(String word, Pos pos) {
        return Morphy.lemmas(normal(word), pos, Set.of());
    }

    /** Whether the word, inflected or not, is a verb (noun, adjective) WordNet knows. */
    public static boolean is(String word, Pos pos) {
        return !lemmas(word, pos).isEmpty();
    }

    /**
     * How the stated word stands to the asked word, both read as {@code pos}; for a verb or a noun,
     * the stated word may be the other one of the pair (a verb asked, its noun stated: DERIVED).
     */
    public static Relation relate(String asked, String stated, Pos pos) {
        List<String> a = lemmas(asked, pos);
        List<String> s = lemmas(stated, pos);
        Pos other = pos == Pos.VERB ? Pos.NOUN : pos == Pos.NOUN ? Pos.VERB : null;
        List<String> across = other == null ? List.of() : lemmas(stated, other);
        if (a.isEmpty() || (s.isEmpty() && across.isEmpty())) return Relation.UNKNOWN;
        for (String x : a) if (s.contains(x)) return Relation.SAME;
        Set<String> askedIds = new HashSet<>(), askedUp = new HashSet<>();
        Set<String> statedIds = new HashSet<>(), statedUp = new HashSet<>();
        senses(a, pos, askedIds, askedUp);
        senses(s, pos, statedIds, statedUp);
        if (meet(askedIds, statedIds)) return Relation.SYNONYM;
        if (meet(askedUp, statedIds)) return Relation.BROADER;
        if (meet(statedUp, askedIds)) return Relation.NARROWER;
        // the table keeps derivations on the verb's line only
        List<String> verbs = pos == Pos.VERB ? a : across;
        List<String> nouns = pos == Pos.VERB ? across : a;
        for (String verb : verbs) {
            for (String noun : Table.line(verb).list(DERIVED_NOUNS)) if (nouns.contains(noun)) return Relation.DERIVED;
        }
        return Relation.UNRELATED;
    }

    private static boolean meet(Set<String> x, Set<String> y) {
        for (String v : x) if (y.contains(v)) return true;
        return false;
    }

    private static final String DERIVED_NOUNS = "v+=";

    /** Lower case, single spaces, "take_part" as "take part". */
    static String normal(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean space = c == ' ' || c == '_' || c == '\t' || c == '\n' || c == '\r';
            if (!space) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isLemma(String word, Pos pos) {
        return Table.line(word).has(pos.lemmaKey);
    }

    /** The bases WordNet's exception list gives an irregular form ("paid" → "pay"); usually empty. */
    static List<String> irregular(String form, Pos pos) {
        return Table.line(form).list(pos.irregularKey);
    }

    /** Adds to {@code ids} the kept senses' synset ids of the lemmas, to {@code up} their direct hypernyms'. */
    private static void senses(List<String> lemmas, Pos pos, Set<String> ids, Set<String> up) {
        for (String lemma : lemmas) {
            String field = Table.line(lemma).get(pos.lemmaKey);
            if (field == null || field.isEmpty()) continue;
            for (String token : field.split(" ")) {
                int arrow = token.indexOf('>');
                String id = arrow < 0 ? token : token.substring(0, arrow);
                if (!id.isEmpty()) ids.add(id);
                if (arrow >= 0) for (String h : token.substring(arrow + 1).split(",")) up.add(h);
            }
        }
    }

    /**
     * One word's fields in its chunk's bytes ("\tkey=value" each, to the line's end), read in place:
     * most lookups are morphology's guesses that only ask whether a field is there.
     */
    static final class Line {
        static final Line NONE = new Line(new byte[] {'\n'}, 0, 0);
        private final byte[] bytes;
        private final int from;
        private final int to;

        Line(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
        }

        boolean has(String key) {
            return find(key) >= 0;
        }

        /** The field's value, or null. */
        String get(String key) {
            int at = find(key);
            if (at < 0) return null;
            int end = at;
            while (end < to && bytes[end] != '\t') end++;
            return new String(bytes, at, end - at, StandardCharsets.US_ASCII);
        }

        List<String> list(String key) {
            String v = get(key);
            return v == null || v.isEmpty() ? List.of() : List.of(v.split("\\|"));
        }

        /** Where the key's value starts, or -1. */
        private int find(String key) {
            for (int at = from; at < to; at++) {
                if (bytes[at] != '\t') continue;
                int i = 0;
                while (i < key.length() && at + 1 + i < to && bytes[at + 1 + i] == key.charAt(i)) i++;
                if (i == key.length()) return at + 1 + i;
            }
            return -1;
        }
    }

    /** The chunked table, read on first use (a holder: the class loads when a lookup first needs it). */
    private static final class Table {
        private static final String DIR = "dev/terms/question/wordnet/";
        private static final String[] FILES;
        private static final String[] FIRST;
        /** Each chunk's bytes, read as lookups first need them. */
        private static final byte[][] CHUNKS;

        static {
            List<String> files = new ArrayList<>();
            List<String> first = new ArrayList<>();
            for (String line : new String(Bundled.read(DIR + "index.txt"), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                files.add(line.substring(0, tab));
                first.add(line.substring(tab + 1));
            }
            FILES = files.toArray(new String[0]);
            FIRST = first.toArray(new String[0]);
            CHUNKS = new byte[FILES.length][];
        }

        static Line line(String word) {
            if (word.isEmpty() || !ascii(word)) return Line.NONE;
            int lo = 0, hi = FIRST.length - 1;
            while (lo < hi) { // the last chunk whose first word is <= word
                int mid = (lo + hi + 1) >>> 1;
                if (FIRST[mid].compareTo(word) <= 0) lo = mid; else hi = mid - 1;
            }
            if (FIRST[lo].compareTo(word) > 0) return Line.NONE;
            return line(chunk(lo), word);
        }

        /** Locked, so another thread never sees a chunk's array before its bytes; uncontended, it costs nothing. */
        private static synchronized byte[] chunk(int i) {
            if (CHUNKS[i] == null) CHUNKS[i] = Bundled.read(DIR + FILES[i]);
            return CHUNKS[i];
        }

        /** Binary search over the chunk's lines in place (no index of them to build). */
        private static Line line(byte[] bytes, String word) {
            int lo = 0, hi = bytes.length; // both at line starts
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int start = mid;
                while (start > lo && bytes[start - 1] != '\n') start--;
                int c = compare(bytes, start, word);
                if (c == 0) {
                    int end = start + word.length();
                    while (bytes[end] != '\n') end++;
                    return new Line(bytes, start + word.length(), end);
                }
                if (c > 0) {
                    hi = start;
                } else {
                    int end = start;
                    while (bytes[end] != '\n') end++;
                    lo = end + 1;
                }
            }
            return Line.NONE;
        }

        /** The line's key against the word; a tab ends the key and sorts before every other byte. */
        private static int compare(byte[] bytes, int at, String word) {
            for (int i = 0; ; i++) {
                int b = bytes[at + i];
                boolean keyEnds = b == '\t' || b == '\n';
                if (i == word.length()) return keyEnds ? 0 : 1;
                if (keyEnds) return -1;
                int c = b - word.charAt(i);
                if (c != 0) return c;
            }
        }

        private static boolean ascii(String s) {
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 0x20 || s.charAt(i) > 0x7e) return false;
            return true;
        }
    }
}
