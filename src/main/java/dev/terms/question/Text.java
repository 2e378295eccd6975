package dev.terms.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Normalises text into tokens and stems, the same way for questions and for the file's own words. */
public final class Text {

    private Text() {}

    /** One word of a question: its lower-case form, its stem, and whether it carried a possessive. */
    public record Token(String word, String stem, boolean possessive) {}

    public static List<Token> tokens(String text) {
        List<Token> plain = plainTokens(text);
        return plain != null ? plain : normalisedTokens(text);
    }

    /** The general path: Unicode normalisation, contractions, possessives. */
    static List<Token> normalisedTokens(String text) {
        // text whose words NFKC leaves as they are needs no normalising: skipping it keeps ICU's tables off the
        // start-up path
        String n = wordsNfkcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String s = n.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        s = s.replace("can't", "can not").replace("cannot", "can not").replace("won't", "will not")
                .replace("n't", " not");
        List<Token> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
                continue;
            }
            if (c == '\'' && word.length() > 0) {
                // possessive: OpenAI's, parties'
                boolean apostropheS = i + 1 < s.length() && s.charAt(i + 1) == 's'
                        && (i + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
                boolean pluralPossessive = word.charAt(word.length() - 1) == 's'
                        && (i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
                if (apostropheS || pluralPossessive) {
                    add(out, word, true);
                    if (apostropheS) i++;
                    continue;
                }
            }
            add(out, word, false);
        }
        return out;
    }

    /**
     * The tokens of plain ASCII text in one pass, or null when the text needs the full path: other
     * characters to normalise, apostrophes (possessives, contractions) or "cannot". Indexing a
     * large file tokenizes every title and name, so this path carries most of the load.
     */
    static List<Token> plainTokens(String s) {
        int n = s.length();
        List<Token> out = new ArrayList<>();
        Words words = WORDS.get();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 || c == '\'' || c == '`') return null;
            if (!asciiLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && asciiLetterOrDigit(s.charAt(i))) i++;
            if (i - start >= 6 && hasCannot(s, start, i)) return null;
            out.add(words.token(s, start, i));
        }
        return out;
    }

    private static boolean hasCannot(String s, int from, int to) {
        for (int i = from; i + 6 <= to; i++) if (s.regionMatches(true, i, "cannot", 0, 6)) return true;
        return false;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' ? c <= 'z' : c >= 'A' ? c <= 'Z' : c >= '0' && c <= '9';
    }

    private static char lower(char c) {
        return c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Each thread's words met so far (indexing runs on several): per thread, so no locking. */
    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

    /**
     * Words recur across a file's clauses: each is lower-cased and stemmed once, and found again
     * by its characters in the text, without making a string (up to a bound, for hostile input).
     * Open addressing on the lower-case word's {@code String.hashCode}.
     */
    private static final class Words {
        private static final int LIMIT = 100_000;
        private Token[] slots = new Token[1 << 10];
        private int size;

        Token token(String s, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) h = 31 * h + lower(s.charAt(i));
            int mask = slots.length - 1;
            int i = spread(h) & mask;
            for (Token t = slots[i]; t != null; t = slots[i = (i + 1) & mask]) {
                if (same(t.word(), s, from, to)) return t;
            }
            String w = s.substring(from, to).toLowerCase(Locale.ROOT);
            Token made = new Token(w, stem(w), false);
            if (size < LIMIT) {
                slots[i] = made;
                if (++size * 2 > slots.length) grow();
            }
            return made;
        }

        private static boolean same(String word, String s, int from, int to) {
            if (word.length() != to - from) return false;
            for (int k = 0; k < word.length(); k++) if (word.charAt(k) != lower(s.charAt(from + k))) return false;
            return true;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        private void grow() {
            Token[] old = slots;
            slots = new Token[old.length * 2];
            int mask = slots.length - 1;
            for (Token t : old) {
                if (t == null) continue;
                int i = spread(t.word().hashCode()) & mask;
                while (slots[i] != null) i = (i + 1) & mask;
                slots[i] = t;
            }
        }
    }

    /**
     * Whether NFKC leaves the text's words as they are, known without asking it: every character
     * is ASCII, a precomposed Latin-1 letter, punctuation contracts are written with that NFKC
     * keeps (dashes, curly quotes, section signs), or a space or an ellipsis, which NFKC makes
     * ASCII spaces and full stops: between words either way. None of them combines with its
     * neighbours, so a string of them is stable too (TextTest checks each against the JDK).
     */
    static boolean wordsNfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 && !(c >= '\u00C0' && c <= '\u00FF') && STABLE.indexOf(c) < 0 && BETWEEN_WORDS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Non-ASCII punctuation and signs that NFKC keeps: ‐ – — ‘ ’ “ ” § ¶ © ® ° £ € • · ● ■. */
    static final String STABLE = "\u2010\u2013\u2014\u2018\u2019\u201C\u201D\u00A7\u00B6\u00A9\u00AE\u00B0\u00A3"
            + "\u20AC\u2022\u00B7\u25CF\u25A0";
    /** What NFKC turns into ASCII spaces or full stops: no-break, thin and em spaces, the ellipsis. */
    static final String BETWEEN_WORDS = "\u00A0\u2002\u2003\u2009\u202F\u2026";

    private static void add(List<Token> out, StringBuilder word, boolean possessive) {
        if (word.length() == 0) return;
        String w = word.toString();
        out.add(new Token(w, stem(w), possessive));
        word.setLength(0);
    }

    /** The stems of a phrase, joined by spaces: the key under which a name is looked up. */
    public static String key(String phrase) {
        String key = KEYS.get(phrase);
        if (key == null) {
            key = key(tokens(phrase));
            if (KEYS.size() < 100_000) KEYS.put(phrase, key);
        }
        return key;
    }

    /** A question's phrases are looked up in every clause weighed: each is keyed once (up to a bound). */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    /** The key of a phrase already tokenized. */
    public static String key(List<Token> ts) {
        StringBuilder b = new StringBuilder();
        int from = !ts.isEmpty() && ts.size() > 1 && ts.get(0).word().equals("the") ? 1 : 0;
        for (int i = from; i < ts.size(); i++) {
            if (b.length() > 0) b.append(' ');
            b.append(ts.get(i).stem());
        }
        return b.toString();
    }

    /**
     * A light English stemmer: enough to meet plurals, verb forms and -ity/-ive pairs
     * (trained/training/trains → train; exclusive/exclusivity → exclusiv). It only has to
     * agree with itself, since file and question pass through it alike.
     */
    public static String stem(String w) {
        if (w.length() <= 3) return w;
        for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return w;
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) s = s.substring(0, s.length() - 3) + "y";
        else if (s.endsWith("sses")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("ing") && s.length() > 5) s = s.substring(0, s.length() - 3);
        else if (s.endsWith("ed") && s.length() > 4) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("es") && s.length() > 4 && "sxz".indexOf(s.charAt(s.length() - 3)) >= 0)
            s = s.substring(0, s.length() - 2);
        else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is"))
            s = s.substring(0, s.length() - 1);
        if (s.endsWith("ity") && s.length() > 6) s = s.substring(0, s.length() - 3);
        else if (s.endsWith("ly") && s.length() > 5) s = s.substring(0, s.length() - 2);
        if (s.endsWith("y") && s.length() > 4 && !w.endsWith("y")) s = s.substring(0, s.length() - 1) + "y";
        if (s.endsWith("e") && s.length() > 3) s = s.substring(0, s.length() - 1);
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            s = s.substring(0, n - 1);
        }
        return s;
    }
}
