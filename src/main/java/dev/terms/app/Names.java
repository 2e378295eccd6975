package dev.terms.app;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Named;
import dev.terms.question.Lexicon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the loaded files name, for completing and highlighting: ids of each kind, tags, the
 * known kinds, and the names people type. One list, for the session's Tab and the shell's
 * {@code __complete} alike.
 */
public record Names(Set<String> clauses, Set<String> parties, Set<String> definitions, Set<String> events,
        Set<String> kinds, Set<String> tags, Set<String> agreements, Set<String> words) {

    public static Names of(Corpus corpus) {
        Set<String> clauses = new TreeSet<>(), parties = new TreeSet<>(), definitions = new TreeSet<>(),
                events = new TreeSet<>(), kinds = new TreeSet<>(Lexicon.KINDS.keySet()), tags = new TreeSet<>(),
                agreements = new TreeSet<>(), words = new TreeSet<>();
        for (Agreement a : corpus.agreements()) {
            agreements.add(a.id());
            named(a.parties().values(), parties, words);
            named(a.definitions().values(), definitions, words);
            named(a.events().values(), events, words);
            for (Clause c : a.clauses()) {
                clauses.add(corpus.agreements().size() > 1 ? a.id() + "/" + c.id() : c.id());
                clauses.add(c.id());
                kinds.add(c.kind());
                tags.addAll(c.tags());
                for (String alias : c.aliases()) words.add(alias);
            }
        }
        for (List<String> synonyms : Lexicon.KINDS.values()) words.addAll(synonyms);
        return new Names(clauses, parties, definitions, events, kinds, tags, agreements, words);
    }

    private static void named(Collection<? extends Named> items, Set<String> ids, Set<String> words) {
        for (Named n : items) {
            ids.add(n.id());
            words.add(n.name());
            words.addAll(n.aliases());
        }
    }

    /** Whether a word of a line is an id or a one-word name in the files, for highlighting. */
    public boolean known(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (clauses.contains(w) || parties.contains(w) || definitions.contains(w) || events.contains(w)) return true;
        for (String name : words) if (name.toLowerCase(Locale.ROOT).equals(w)) return true;
        return false;
    }

    /** What a question's words may be: ids, names and kinds of one word (a shell or Tab completes one word). */
    public List<String> inQuestion() {
        List<String> out = new ArrayList<>();
        for (Set<String> each : List.of(parties, definitions, clauses, words, kinds)) {
            for (String v : each) if (!v.contains(" ")) out.add(v);
        }
        return out;
    }

    /** The values each completion word asks for ({@code __complete parties}), by the word. */
    public static final Map<String, Function<Names, Collection<String>>> WHAT = new TreeMap<>(Map.of(
            "clauses", Names::clauses, "parties", Names::parties, "agreements", Names::agreements, "tags", Names::tags,
            "kinds", Names::kinds, "names", Names::inQuestion));
}
