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
    private final Set<String> knownStems = new HashSet<>();
    private final Map<Integer, List<String>> stemsByLength = new HashMap<>();
    private int longest = 1;

    public Vocabulary(Collection<Agreement> agreements) {
        for (var e : Lexicon.KINDS.entrySet()) {
            Entity kind = new Entity(Entity.Kind.CLAUSE_KIND, e.getKey(), null);
            add(e.getKey().replace('-', ' '), kind);
            for (String synonym : e.getValue()) add(synonym, kind);
        }
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
                for (String field : new String[] {c.title(), c.action(), c.purpose(), c.text(), c.object(), c.where()}) {
                    if (field != null) learn(field);
                }
            }
        }
        for (String s : knownStems) stemsByLength.computeIfAbsent(s.length(), k -> new ArrayList<>()).add(s);
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
        String key = Text.key(phrase.replace('-', ' '));
        if (key.isEmpty()) return;
        phrases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e);
        longest = Math.max(longest, key.split(" ").length);
        learn(phrase);
    }

    private void learn(String text) {
        for (Text.Token t : Text.tokens(text)) knownStems.add(t.stem());
    }

    /** The entities a phrase names, given as its stems joined by spaces; empty when none. */
    public Set<Entity> lookup(String key) {
        return phrases.getOrDefault(key, Set.of());
    }

    public int longestPhrase() {
        return longest;
    }

    public boolean knows(String stem) {
        return knownStems.contains(stem);
    }

    /**
     * The known stem one edit away from {@code stem}, when exactly one is: typo tolerance on the
     * file's own vocabulary only, and only for words long enough that one letter is a typo.
     */
    public String correct(String stem) {
        if (stem.length() < 5 || knownStems.contains(stem)) return stem;
        String found = null;
        for (int len = stem.length() - 1; len <= stem.length() + 1; len++) {
            for (String known : stemsByLength.getOrDefault(len, List.of())) {
                if (dev.terms.model.Words.distance(stem, known) == 1) {
                    if (found != null && !found.equals(known)) return stem;
                    found = known;
                }
            }
        }
        return found == null ? stem : found;
    }
}
