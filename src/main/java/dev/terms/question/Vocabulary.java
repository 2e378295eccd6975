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
        Set<String> ids = new HashSet<>();
        for (Agreement a : agreements) ids.add(a.id());
        lookUp = ids.size() == agreements.size();
        for (Agreement a : agreements) {
            addNamed(a.parties().values(), Entity.Kind.PARTY, a);
            for (String name : agreementNames(a)) {
                String key = Text.key(name);
                if (key.isEmpty() || Lexicon.NOISE.contains(key) || namesParties(key)) continue;
                agreementNames.putIfAbsent(key, a.id());
                longest = Math.max(longest, wordsIn(key));
            }
            addNamed(a.definitions().values(), Entity.Kind.DEFINITION, a);
            addNamed(a.events().values(), Entity.Kind.EVENT, a);
            for (var d : a.definitions().values()) {
                if (d.type() != null && PLACE_TYPES.contains(d.type().toLowerCase(java.util.Locale.ROOT)))
                    places.add(new Entity(Entity.Kind.DEFINITION, d.id(), a.id()));
            }
            clauses(a, clauseTables(a));
        }
        knownWords.addAll(Lexicon.VERBS);
        // a typo is corrected to a name or verb, never to a filler word ("last" is not "list"). Only
        // words of letters are corrected, and a word with two characters that are not letters is two
        // edits from any such word: leaving those out (a portfolio's ids, "c1234") changes no answer
        Set<String> spelt = new HashSet<>();
        for (String w : knownWords) if (nonLetters(w) < 2) spelt.add(w);
        for (Map<String, Map<String, int[]>> t : clauseTables) spelt.addAll(t.get(SPELT).keySet());
        for (String w : spelt) wordsByLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        knownWords.addAll(Lexicon.NOISE);
    }

    /**
     * Each agreement's clause tables, in the order of the agreements: their phrases and words are
     * looked up there, not copied (a portfolio's clauses have 100,000 ids).
     */
    private final List<Map<String, Map<String, int[]>>> clauseTables = new ArrayList<>();
    private final List<Agreement> clauseAgreements = new ArrayList<>();
    /**
     * Whether the clauses' phrases are looked up in their tables: when every agreement has an id of
     * its own, which is what orders the entities a lookup gives (else they are copied in as they come).
     */
    private final boolean lookUp;

    /**
     * What a question can name in one agreement's clauses, as {@link #clauseTables} keeps it: the
     * places, then each phrase's clauses (by id or alias) and kinds, in the order the file gives
     * them, then the words.
     */
    private void clauses(Agreement a, Map<String, Map<String, int[]>> t) {
        for (String id : t.get(WHERE_DEFINED).keySet()) places.add(new Entity(Entity.Kind.DEFINITION, id, a.id()));
        placeKeys.addAll(t.get(WHERE_KEYS).keySet());
        for (String n : t.get(LONGEST).keySet()) longest = Math.max(longest, Integer.parseInt(n));
        if (lookUp) {
            clauseTables.add(t);
            clauseAgreements.add(a);
            return;
        }
        for (var row : t.get(PHRASES).entrySet()) {
            for (int v : row.getValue()) put(row.getKey(), entity(a, v));
        }
        knownWords.addAll(t.get(WORDS).keySet());
    }

    /** The entities of the clauses of agreement {@code i} a phrase names, in the order the file gives them. */
    private List<Entity> clauseEntities(int i, String key) {
        int[] rows = clauseTables.get(i).get(PHRASES).get(key);
        if (rows == null) return List.of();
        Agreement a = clauseAgreements.get(i);
        List<Entity> out = new ArrayList<>(rows.length);
        for (int v : rows) out.add(entity(a, v));
        return out;
    }

    /** What a phrase's number in the tables names: clause {@code v / 2} itself, or its kind when {@code v} is odd. */
    private static Entity entity(Agreement a, int v) {
        Clause c = a.clauses().get(v >>> 1);
        return (v & 1) == 0 ? new Entity(Entity.Kind.CLAUSE, c.id(), a.id()) : new Entity(Entity.Kind.CLAUSE_KIND, c.kind(), null);
    }

    private static final String PHRASES = "phrases", WORDS = "words", SPELT = "spelt", WHERE_KEYS = "where-keys",
            WHERE_DEFINED = "where-defined", LONGEST = "longest";

    /**
     * The model cache keeps these tables beside each large file's model, so a run from the cache
     * does not tokenize every clause's id and title.
     */
    public static final dev.terms.load.ModelCache.Derivation DERIVATION = new dev.terms.load.ModelCache.Derivation() {
        @Override
        public Map<String, Map<String, int[]>> derive(Agreement a) {
            return tables(a);
        }

        @Override
        public List<Class<?>> code() {
            return List.of(Vocabulary.class, Text.class, Text.Token.class, Lexicon.class);
        }
    };

    /** The agreement's clause tables: kept by the model cache when whole and within its clauses, else made now. */
    private static Map<String, Map<String, int[]>> clauseTables(Agreement a) {
        Map<String, Map<String, int[]>> kept = dev.terms.load.ModelCache.tables(a);
        if (kept != null && whole(kept)) return kept;
        return tables(a);
    }

    private static boolean whole(Map<String, Map<String, int[]>> t) {
        for (String n : List.of(PHRASES, WORDS, SPELT, WHERE_KEYS, WHERE_DEFINED, LONGEST)) if (t.get(n) == null) return false;
        // a phrase's number is below twice the count of clauses: the cache reads no other (ModelCodec)
        if (t.get(LONGEST).size() != 1) return false;
        for (String n : t.get(LONGEST).keySet()) if (!n.matches("[1-9][0-9]{0,5}")) return false;
        return true;
    }

    /**
     * What the clauses of one agreement add to the vocabulary. Phrases: each clause's id and
     * aliases (2 × its ordinal) and its kind when the lexicon lacks it (2 × ordinal + 1), under
     * their keys, in the order met; words: every word of those and of the titles, actions,
     * purposes, objects and places (the quoted text is left out: it is long, and typos are corrected
     * towards names); where a clause's where is a definition, its id, else its key; the most words
     * in a phrase's key.
     */
    static Map<String, Map<String, int[]>> tables(Agreement a) {
        Map<String, List<Integer>> phrases = new HashMap<>();
        Set<String> words = new HashSet<>(), whereKeys = new HashSet<>(), whereDefined = new HashSet<>();
        Set<String> learnt = new HashSet<>(), kinds = new HashSet<>();
        int longest = 1;
        List<Clause> clauses = a.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (c.where() != null) {
                if (a.definitions().containsKey(c.where())) whereDefined.add(c.where());
                else whereKeys.add(Text.key(c.where()));
            }
            List<String> named = new ArrayList<>();
            named.add(c.id());
            named.addAll(c.aliases());
            for (String phrase : named) longest = Math.max(longest, phrase(phrase, 2 * i, phrases, words));
            // a kind met again is already there: adding it again would change nothing
            if (!Lexicon.KINDS.containsKey(c.kind()) && kinds.add(c.kind())) {
                longest = Math.max(longest, phrase(c.kind().replace('-', ' '), 2 * i + 1, phrases, words));
            }
            // actions, objects and places recur from clause to clause, and are learnt once
            for (Text.Token t : Text.tokens(c.title())) words.add(t.word());
            for (String field : new String[] {c.action(), c.purpose(), c.object(), c.where()}) {
                if (field != null && learnt.add(field)) for (Text.Token t : Text.tokens(field)) words.add(t.word());
            }
        }
        Map<String, int[]> byKey = new HashMap<>();
        for (var e : phrases.entrySet()) byKey.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
        Set<String> spelt = new HashSet<>();
        for (String w : words) if (nonLetters(w) < 2) spelt.add(w);
        return Map.of(PHRASES, byKey, WORDS, keys(words), SPELT, keys(spelt), WHERE_KEYS, keys(whereKeys),
                WHERE_DEFINED, keys(whereDefined), LONGEST, Map.of(Integer.toString(longest), new int[0]));
    }

    /** Adds a phrase under its key (as {@link #add} would), its words to {@code words}; how many words its key has. */
    private static int phrase(String phrase, int value, Map<String, List<Integer>> phrases, Set<String> words) {
        List<Text.Token> tokens = Text.tokens(phrase);
        for (Text.Token t : tokens) words.add(t.word());
        String key = Text.key(tokens);
        if (key.isEmpty()) return 1;
        phrases.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
        return wordsIn(key);
    }

    private static Map<String, int[]> keys(Set<String> set) {
        Map<String, int[]> out = new HashMap<>(set.size() * 4 / 3 + 1);
        for (String s : set) out.put(s, new int[0]);
        return out;
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
        // a loop, not a stream: this runs on every start, where each lambda met is linked (JDK 17)
        for (String word : key.split(" ")) {
            boolean party = false;
            for (Entity e : phrases.getOrDefault(word, Set.of())) party |= e.kind() == Entity.Kind.PARTY;
            if (!party) return false;
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
        put(key, e);
        longest = Math.max(longest, wordsIn(key));
    }

    private void put(String key, Entity e) {
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
    }

    /** How many words a key has (counted, not split: this runs for every phrase on every start). */
    private static int wordsIn(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') n++;
        return n;
    }

    private static int nonLetters(String w) {
        int n = 0;
        for (int i = 0; i < w.length() && n < 2; i++) if (!Character.isLetter(w.charAt(i))) n++;
        return n;
    }

    private void learn(List<Text.Token> tokens) {
        for (Text.Token t : tokens) knownWords.add(t.word());
    }

    /**
     * The entities a phrase names, given as its stems joined by spaces; empty when none. In the
     * order they were met: the lexicon's kinds, then agreement by agreement its parties,
     * definitions and events, then its clauses (from its tables) and their kinds, each once.
     */
    public Set<Entity> lookup(String key) {
        Set<Entity> named = phrases.getOrDefault(key, Set.of());
        List<List<Entity>> ofClauses = null;
        for (int i = 0; i < clauseTables.size(); i++) {
            List<Entity> es = clauseEntities(i, key);
            if (es.isEmpty()) continue;
            if (ofClauses == null) ofClauses = new ArrayList<>(java.util.Collections.nCopies(clauseTables.size(), List.of()));
            ofClauses.set(i, es);
        }
        if (ofClauses == null) return named;
        Set<Entity> out = new LinkedHashSet<>();
        for (Entity e : named) if (e.agreement() == null) out.add(e);
        for (int i = 0; i < clauseTables.size(); i++) {
            String id = clauseAgreements.get(i).id();
            for (Entity e : named) if (e.agreement() != null && e.agreement().equals(id)) out.add(e);
            out.addAll(ofClauses.get(i));
        }
        return out.size() == 1 ? Set.of(out.iterator().next()) : out;
    }

    /** Whether a phrase of a question names a place: a place or platform the files know, or a clause's where. */
    public boolean isPlace(Set<Entity> named, String key) {
        for (Entity e : named) if (places.contains(e)) return true;
        for (String k : placeKeys) if (k.equals(key) || (" " + k + " ").contains(" " + key + " ")) return true;
        return false;
    }

    /** Whether a word is one the files or the question lexicon know. */
    public boolean knows(String word) {
        if (knownWords.contains(word)) return true;
        for (Map<String, Map<String, int[]>> t : clauseTables) if (t.get(WORDS).containsKey(word)) return true;
        return false;
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
        if (word.length() < 4 || knows(word) || !word.chars().allMatch(Character::isLetter)) return word;
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
