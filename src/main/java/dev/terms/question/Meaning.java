package dev.terms.question;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a word of a question relates to a word of a clause: the same word, a synonym, a broader or
 * narrower term, a derived form (terminate ~ termination), or a different word. The general
 * English relations come from WordNet, the contract usage it lacks from the contract lexicon
 * ({@link Synonyms}); the same stem is the same word without asking either.
 */
public final class Meaning {

    private Meaning() {}

    public enum Relation {
        SAME, SYNONYM, BROADER, NARROWER, DERIVED, DIFFERENT;

        /** Whether the clause's word covers the question's: a right to "transfer" covers "sell". */
        public boolean covers() {
            return this == SAME || this == SYNONYM || this == BROADER || this == DERIVED;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A question compares its few words with many of a clause's, and clauses share words: each pair once. */
    private static final Map<String, Relation> SEEN = new ConcurrentHashMap<>();

    /** The relation of a question's word to a clause's word, both as written (any inflection). */
    public static Relation relate(String asked, String stated) {
        return relate(asked, stated, false);
    }

    /** The same, with the question's word read only as a noun when it stands where one does. */
    public static Relation relate(String asked, String stated, boolean noun) {
        if (asked.equals(stated) || Text.stem(asked).equals(Text.stem(stated))) return Relation.SAME;
        if (asked.length() < 3 || stated.length() < 3 || Lexicon.NOISE.contains(stated)) return Relation.DIFFERENT;
        if (adjectiveAndNoun(asked, stated) || adjectiveAndNoun(stated, asked)) return Relation.DERIVED;
        // "reborrow", "resubmit": a coinage of re- that English lacks is the verb done again, a narrower act
        if (reprefixed(asked, stated)) return Relation.BROADER;
        if (reprefixed(stated, asked)) return Relation.NARROWER;
        String key = asked + (noun ? "\tn\t" : "\t") + stated;
        Relation known = SEEN.get(key);
        if (known != null) return known;
        Relation r = noun ? of(Synonyms.relate(asked, stated, WordNet.Pos.NOUN).relation()) : lookUp(asked, stated);
        if (SEEN.size() < 100_000) SEEN.put(key, r);
        return r;
    }

    /**
     * Whether {@code prefixed} is re- and {@code verb}, a verb, where the lexicon knows no word {@code prefixed}: known
     * words of that shape mean something else ("release" is no lease again, "resign" no signing again).
     */
    public static boolean reprefixed(String prefixed, String verb) {
        String p = prefixed.toLowerCase(Locale.ROOT), v = verb.toLowerCase(Locale.ROOT);
        if (!p.startsWith("re") || p.length() < v.length() + 2 || v.length() < 3) return false;
        if (!Text.stem(p.substring(2)).equals(Text.stem(v)) && !p.substring(2).equals(v)) return false;
        for (WordNet.Pos pos : WordNet.Pos.values()) if (WordNet.is(p, pos)) return false;
        return WordNet.is(v, WordNet.Pos.VERB);
    }

    /** English's regular adjective-to-noun suffixes: liable ~ liability, confidential ~ confidentiality. */
    private static final String[][] ADJECTIVE_NOUN = {{"able", "ability"}, {"ible", "ibility"}, {"al", "ality"},
            {"ive", "ivity"}, {"ent", "ence"}, {"ant", "ance"}, {"ous", "osity"}};

    /** Whether {@code noun} (singular or plural) is the adjective's noun by one of those suffixes. */
    static boolean adjectiveAndNoun(String adjective, String noun) {
        String a = adjective.toLowerCase(Locale.ROOT), n = noun.toLowerCase(Locale.ROOT);
        if (n.endsWith("ies")) n = n.substring(0, n.length() - 3) + "y";
        else if (n.endsWith("s")) n = n.substring(0, n.length() - 1);
        for (String[] pair : ADJECTIVE_NOUN) {
            String base = a.endsWith(pair[0]) ? a.substring(0, a.length() - pair[0].length()) : null;
            if (base != null && base.length() >= 2 && n.equals(base + pair[1])) return true;
            // "ability" nouns lose the "y" to "ie" in the plural: liabilities
            if (base != null && base.length() >= 2 && (n + "y").equals(base + pair[1])) return true;
        }
        return false;
    }

    /** As a verb first (the question's action), then as a noun, then as an adjective. */
    private static Relation lookUp(String asked, String stated) {
        for (WordNet.Pos pos : WordNet.Pos.values()) {
            Relation r = of(Synonyms.relate(asked, stated, pos).relation());
            if (r != Relation.DIFFERENT) return r;
        }
        return Relation.DIFFERENT;
    }

    private static Relation of(WordNet.Relation r) {
        return switch (r) {
            case SAME -> Relation.SAME;
            case SYNONYM -> Relation.SYNONYM;
            case BROADER -> Relation.BROADER;
            case NARROWER -> Relation.NARROWER;
            case DERIVED -> Relation.DERIVED;
            case UNRELATED, UNKNOWN -> Relation.DIFFERENT;
        };
    }
}
