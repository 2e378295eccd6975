package dev.terms.question;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name a question may use, from the loaded files and the built-in kind lexicon, keyed by
 * its stems so that "OpenAI's models" meets "models" and "ROFR" meets right-of-first-refusal.
 */
public final class Vocabulary {

    private final Map<String, Set<Entity>> phrases = new HashMap<>();
    private final Set<String> knownWords = new HashSet<>();
    private final Map<Integer, List<String>> wordsByLength = new HashMap<>();
    private int longest = 1;

    public Vocabulary(Collection<Agreement> agreements) {
        for (var e : Lexicon.KINDS.entrySet()) {
            Entity kind = new Entity(Entity.Kind.CLAUSE_KIND, e.getKey(), null);
            add(e.getKey().replace('-', ' '), kind);
            for (String synonym : e.getValue()) add(synonym, kind);
        }
        Set<String> learnt = new HashSet<>();
        for (Agreement a : agreements) {
            addNamed(a.parties().values(), Entity.Kind.PARTY, a);
            addNamed(a.definitions().values(), Entity.Kind.DEFINITION, a);
            addNamed(a.events().values(), Entity.Kind.EVENT, a);
            for (Clause c : a.clauses()) {
                Entity clause = new Entity(Entity.Kind.CLAUSE, c.id(), a.id());
                add(c.id(), clause);
                for (String alias : c.aliases()) add(alias, clause);
                if (!Lexicon.KINDS.containsKey(c.kind())) add(c.kind().replace('-', ' '), new Entity(
                        Entity.Kind.CLAUSE_KIND, c.kind(), null));
                // the quoted text is left out: it is long, and typos are corrected towards names;
                // actions, objects and places recur from clause to clause, and are learnt once
                learn(Text.tokens(c.title()));
                for (String field : new String[] {c.action(), c.purpose(), c.object(), c.where()}) {
                    if (field != null && learnt.add(field)) learn(Text.tokens(field));
                }
            }
        }
        knownWords.addAll(Lexicon.VERBS);
        // a typo is corrected to a name or verb, never to a filler word ("last" is not "list")
        for (String w : knownWords) wordsByLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        knownWords.addAll(Lexicon.NOISE);
    }

    private void addNamed(Collection<? extends Named> items, Entity.Kind kind, Agreement a) {
        for (Named n : items) {
            Entity e = new Entity(kind, n.id(), a.id());
            add(n.id(), e);
            add(n.name(), e);
            for (String alias : n.aliases()) add(alias, e);
        }
    }

    private void add(String phrase, Entity e) {
        // a hyphen separates words anyway: "right-of-first-refusal" has the tokens of "right of first refusal"
        List<Text.Token> tokens = Text.tokens(phrase);
        learn(tokens);
        String key = Text.key(tokens);
        if (key.isEmpty()) return;
        // most phrases name one thing (a clause id): a singleton until a second comes
        Set<Entity> named = phrases.get(key);
        if (named == null) {
            phrases.put(key, Set.of(e));
        } else if (named instanceof LinkedHashSet<Entity> several) {
            several.add(e);
        } else if (!named.contains(e)) {
            Set<Entity> several = new LinkedHashSet<>(named);
            several.add(e);
            phrases.put(key, several);
        }
        longest = Math.max(longest, key.split(" ").length);
    }

    private void learn(List<Text.Token> tokens) {
        for (Text.Token t : tokens) knownWords.add(t.word());
    }

    /** The entities a phrase names, given as its stems joined by spaces; empty when none. */
    public Set<Entity> lookup(String key) {
        return phrases.getOrDefault(key, Set.of());
    }

    public int longestPhrase() {
        return longest;
    }

    /**
     * The known word one edit away from {@code word}, when exactly one is: typo tolerance on the
     * file's own vocabulary and the question words only, and only for words long enough that one
     * letter is a typo rather than another word.
     */
    public String correct(String word) {
        if (word.length() < 4 || knownWords.contains(word) || !word.chars().allMatch(Character::isLetter)) return word;
        String found = null;
        for (int len = word.length() - 1; len <= word.length() + 1; len++) {
            for (String known : wordsByLength.getOrDefault(len, List.of())) {
                // a four-letter word is only taken for a question verb ("hlds"); longer ones for any name
                boolean eligible = word.length() >= 5 ? known.length() >= 4 : Lexicon.VERBS.contains(known);
                if (eligible && dev.terms.model.Words.distance(word, known) == 1) {
                    if (found != null && !found.equals(known)) return word;
                    found = known;
                }
            }
        }
        return found == null ? word : found;
    }
}
