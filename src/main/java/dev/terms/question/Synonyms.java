package dev.terms.question;

import dev.terms.question.WordNet.Pos;
import dev.terms.question.WordNet.Relation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a clause's word stands to a question's: the contract lexicon first
 * ({@code contract-lexicon.tsv}: contract English that general English lacks or gets wrong, each entry
 * with its source), then WordNet. The lexicon's words are matched by lemma too, with WordNet's
 * morphology ("sublicensed" is "sublicense", "poaching" is "poach").
 */
public final class Synonyms {

    private Synonyms() {}

    /** A relation and where it comes from: the contract lexicon entry's source, or WordNet. */
    public record Link(Relation relation, String source) {}

    public static final String WORDNET = "WordNet 3.1";

    public static Link relate(String asked, String stated, Pos pos) {
        List<String> a = forms(asked, pos);
        List<String> s = forms(stated, pos);
        for (String x : a) {
            for (String y : s) {
                String[] e = ENTRIES.get(x + '\t' + y);
                if (e != null) return new Link(relation(e[0]), e[1]);
                e = ENTRIES.get(y + '\t' + x);
                if (e != null) return new Link(inverse(relation(e[0])), e[1]);
            }
        }
        return new Link(WordNet.relate(asked, stated, pos), WORDNET);
    }

    /** The word and its lemmas, WordNet's and the contract lexicon's. */
    private static List<String> forms(String word, Pos pos) {
        String w = WordNet.normal(word);
        List<String> lemmas = Morphy.lemmas(w, pos, WORDS);
        if (lemmas.contains(w)) return lemmas;
        List<String> out = new ArrayList<>(lemmas.size() + 1);
        out.add(w);
        out.addAll(lemmas);
        return out;
    }

    private static Relation inverse(Relation r) {
        if (r == Relation.BROADER) return Relation.NARROWER;
        if (r == Relation.NARROWER) return Relation.BROADER;
        return r;
    }

    /** Relation.valueOf without its reflection, which costs a fresh JVM milliseconds. */
    private static Relation relation(String name) {
        for (Relation r : Relation.values()) if (r.name().equals(name)) return r;
        throw new IllegalStateException("contract-lexicon.tsv: no relation " + name);
    }

    /** "asked\tstated" → {relation, source}; read when this class is first used, never changed after. */
    private static final Map<String, String[]> ENTRIES;
    private static final Set<String> WORDS;

    static {
        Map<String, String[]> entries = new HashMap<>();
        Set<String> words = new HashSet<>();
        String text = new String(Bundled.read("dev/terms/question/contract-lexicon.tsv"), StandardCharsets.UTF_8);
        for (int at = 0, end; at < text.length(); at = end + 1) {
            end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            String line = text.substring(at, end);
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 4 || f[3].isBlank()) throw new IllegalStateException("contract-lexicon.tsv: " + line);
            relation(f[2]);
            entries.put(f[0] + '\t' + f[1], new String[] {f[2], f[3]});
            words.add(f[0]);
            words.add(f[1]);
        }
        ENTRIES = entries;
        WORDS = words;
    }
}
