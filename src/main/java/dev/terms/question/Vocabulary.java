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
    /** Things a question can name as a place: places and platforms by type, and whatever a clause's where names. */
    private final Set<Entity> places = new HashSet<>();
    private final Set<String> placeKeys = new HashSet<>();
    /** What people call each agreement: its title, the title's short form and its initials ("MNDA"), its id. */
    private final Map<String, String> agreementNames = new HashMap<>();
    private static final Set<String> PLACE_TYPES = Set.of("place", "platform", "cloud", "country", "state", "city",
            "region", "territory", "location", "jurisdiction", "court", "courts", "venue", "site", "premises",
            "building", "data-center", "datacenter", "infrastructure", "seat");

    public Vocabulary(Collection<Agreement> agreements) {
        for (var e : Lexicon.KINDS.entrySet()) {
            Entity kind = new Entity(Entity.Kind.CLAUSE_KIND, e.getKey(), null);
            add(e.getKey().replace('-', ' '), kind);
            for (String synonym : e.getValue()) add(synonym, kind);
        }
        Set<String> learnt = new HashSet<>();
        for (Agreement a : agreements) {
            addNamed(a.parties().values(), Entity.Kind.PARTY, a);
            for (String name : agreementNames(a)) {
                String key = Text.key(name);
                if (key.isEmpty() || Lexicon.NOISE.contains(key) || namesParties(key)) continue;
                agreementNames.putIfAbsent(key, a.id());
                longest = Math.max(longest, key.split(" ").length);
            }
            addNamed(a.definitions().values(), Entity.Kind.DEFINITION, a);
            addNamed(a.events().values(), Entity.Kind.EVENT, a);
            for (var d : a.definitions().values()) {
                if (d.type() != null && PLACE_TYPES.contains(d.type().toLowerCase(java.util.Locale.ROOT)))
                    places.add(new Entity(Entity.Kind.DEFINITION, d.id(), a.id()));
            }
            for (Clause c : a.clauses()) {
                if (c.where() != null) {
                    if (a.definitions().containsKey(c.where())) places.add(new Entity(Entity.Kind.DEFINITION, c.where(), a.id()));
                    else placeKeys.add(Text.key(c.where()));
                }
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
        // a typo is corrected to a name or verb, never to a filler word ("last" is not "list"). Only
        // words of letters are corrected, and a word with two characters that are not letters is two
        // edits from any such word: leaving those out (a portfolio's ids, "c1234") changes no answer
        for (String w : knownWords) {
            if (nonLetters(w) < 2) wordsByLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        knownWords.addAll(Lexicon.NOISE);
    }

    private static final java.util.regex.Pattern SHORT = java.util.regex.Pattern.compile(
            "\\s+(between|by and between|of|dated|for)\\s+.*|\\s*[,(].*");

    static List<String> agreementNames(Agreement a) {
        List<String> names = new ArrayList<>();
        names.add(a.title());
        names.addAll(a.aliases()); // format 1.1: "the NDA", "this MNDA" as the file says people call it
        names.add(a.id().replace('-', ' ').replaceAll("( \\d+)+$", ""));
        String shortTitle = SHORT.matcher(a.title()).replaceFirst("");
        names.add(shortTitle);
        // initials of a capitalised title: "Mutual Non-Disclosure Agreement" is the MNDA, and the NDA
        String[] words = shortTitle.split("[\\s-]+");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) { initials.setLength(0); break; }
            initials.append(w.charAt(0));
        }
        if (initials.length() >= 3) {
            names.add(initials.toString());
            if (initials.length() >= 4) {
                names.add(initials.substring(1));
                names.add(words[0] + " " + initials.substring(1));
            }
        }
        return names;
    }

    /** "microsoft openai" names the two parties, not the agreement its id comes from. */
    private boolean namesParties(String key) {
        for (String word : key.split(" ")) {
            if (phrases.getOrDefault(word, Set.of()).stream().noneMatch(e -> e.kind() == Entity.Kind.PARTY)) return false;
        }
        return true;
    }

    /** The agreement a phrase names, given as its key; null when none. */
    public String agreementNamed(String key) {
        return agreementNames.get(key);
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

    private static int nonLetters(String w) {
        int n = 0;
        for (int i = 0; i < w.length() && n < 2; i++) if (!Character.isLetter(w.charAt(i))) n++;
        return n;
    }

    private void learn(List<Text.Token> tokens) {
        for (Text.Token t : tokens) knownWords.add(t.word());
    }

    /** The entities a phrase names, given as its stems joined by spaces; empty when none. */
    public Set<Entity> lookup(String key) {
        return phrases.getOrDefault(key, Set.of());
    }

    /** Whether a phrase of a question names a place: a place or platform the files know, or a clause's where. */
    public boolean isPlace(Set<Entity> named, String key) {
        for (Entity e : named) if (places.contains(e)) return true;
        for (String k : placeKeys) if (k.equals(key) || (" " + k + " ").contains(" " + key + " ")) return true;
        return false;
    }

    /** Whether a word is one the files or the question lexicon know. */
    public boolean knows(String word) {
        return knownWords.contains(word);
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
                if (eligible && dev.terms.model.Words.oneEditApart(word, known)) {
                    if (found != null && !found.equals(known)) return word;
                    found = known;
                }
            }
        }
        return found == null ? word : found;
    }
}
