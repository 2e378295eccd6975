package dev.terms.question;

import dev.terms.question.WordNet.Pos;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * WordNet's morphology (its "morphy"): an irregular form's listed bases first, then the word itself,
 * then the regular detachment rules, keeping only candidates that are lemmas. A multi-word form
 * ("took part", "taking part") is reduced by its first word. Words of the contract lexicon can be
 * passed as lemmas too, so "sublicensed" reduces to "sublicense", which WordNet lacks.
 * (Plain static code, no callbacks: in a fresh JVM every extra class costs start-up.)
 */
final class Morphy {

    private Morphy() {}

    /** suffix, replacement pairs, in WordNet's order */
    private static final String[] VERB = {"s", "", "ies", "y", "es", "e", "es", "", "ed", "e", "ed", "", "ing", "e",
        "ing", ""};
    private static final String[] NOUN = {"s", "", "ses", "s", "xes", "x", "zes", "z", "ches", "ch", "shes", "sh",
        "men", "man", "ies", "y"};
    private static final String[] ADJECTIVE = {"er", "", "est", "", "er", "e", "est", "e"};

    /** The word's lemmas as the part of speech: WordNet's, and those among {@code alsoLemmas}. */
    static List<String> lemmas(String word, Pos pos, Set<String> alsoLemmas) {
        Set<String> out = new LinkedHashSet<>();
        String[] rules = pos == Pos.VERB ? VERB : pos == Pos.NOUN ? NOUN : ADJECTIVE;
        out.addAll(WordNet.irregular(word, pos));
        if (isLemma(word, pos, alsoLemmas)) out.add(word);
        for (int i = 0; i < rules.length; i += 2) {
            String candidate = detach(word, rules[i], rules[i + 1]);
            if (candidate != null && isLemma(candidate, pos, alsoLemmas)) out.add(candidate);
        }
        int space = word.indexOf(' ');
        if (out.isEmpty() && space > 0) {
            String head = word.substring(0, space);
            String rest = word.substring(space);
            Set<String> heads = new LinkedHashSet<>(WordNet.irregular(head, pos));
            for (int i = 0; i < rules.length; i += 2) {
                String candidate = detach(head, rules[i], rules[i + 1]);
                if (candidate != null) heads.add(candidate);
            }
            for (String h : heads) if (isLemma(h + rest, pos, alsoLemmas)) out.add(h + rest);
        }
        return List.copyOf(out);
    }

    private static String detach(String word, String suffix, String replacement) {
        if (word.length() <= suffix.length() || !word.endsWith(suffix)) return null;
        return word.substring(0, word.length() - suffix.length()) + replacement;
    }

    private static boolean isLemma(String word, Pos pos, Set<String> alsoLemmas) {
        return alsoLemmas.contains(word) || WordNet.isLemma(word, pos);
    }
}
