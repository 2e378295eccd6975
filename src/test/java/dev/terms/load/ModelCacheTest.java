package dev.terms.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.model.Agreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {

    @TempDir
    Path tmp;

    static final String QUESTION = "who holds the right of first refusal on widgets in europe";

    /** What the application keeps beside the model (app.Corpora sets the same): the index's and the vocabulary's tables. */
    static final List<ModelCache.Derivation> DERIVED = derived();

    private static List<ModelCache.Derivation> derived() {
        List<ModelCache.Derivation> ds = new ArrayList<>(dev.terms.answer.Index.DERIVATIONS);
        ds.add(dev.terms.question.Vocabulary.DERIVATION);
        ModelCache.derive(ds);
        return ds;
    }

    /** Questions of every kind the index and the vocabulary serve: names, kinds, places, ids, parties, the text. */
    static final List<String> QUESTIONS = List.of(QUESTION, "where may party 1 license widgets", "who shares revenue",
            "is party 3 bound by confidentiality", "what does c17 say", "who may license widgets in asia",
            "what is exclusive in europe", "who holds a rite of first refusal", "which clauses mention clause 1234",
            "what may party 12 do");

    @Test
    void aRunFromTheCacheAnswersEveryQuestionAsARunWithoutItAlsoAfterTheFileChanges() throws Exception {
        Path file = portfolio(tmp.resolve("big.yaml"), "Europe");
        Path cache = tmp.resolve("cache");
        Run without = Run.in(tmp).env("TERMS_NO_CACHE", "1");
        Run with = Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString());
        for (String place : List.of("Europe", "Europa")) {
            portfolio(file, place);
            for (String q : QUESTIONS) {
                Run.Output parsed = without.run("-f", "big.yaml", "ask", q, "-o", "json");
                assertEquals(parsed, with.run("-f", "big.yaml", "ask", q, "-o", "json"), q + ", " + place + ", first read");
                assertEquals(parsed, with.run("-f", "big.yaml", "ask", q, "-o", "json"), q + ", " + place + ", from the cache");
            }
        }
        assertEquals(2, entries(cache).size());
        for (Path entry : entries(cache)) {
            byte[] key = java.util.HexFormat.of().parseHex(entry.getFileName().toString().replace(".model", ""));
            var tables = ModelCodec.read(Files.readAllBytes(entry), key).tables();
            assertTrue(tables != null && tables.keySet().containsAll(List.of("stems", "text", "phrases")), entry.toString());
        }
    }

    @Test
    void theDerivedTablesReadBackEqualFromAnEntryAndANumberPastTheClausesIsAMiss() throws Exception {
        Path file = portfolio(tmp.resolve("big.yaml"), "Europe");
        Agreement a = new TermsLoader().load(file, "big.yaml");
        java.util.Map<String, java.util.Map<String, int[]>> tables = new java.util.HashMap<>();
        for (ModelCache.Derivation d : DERIVED) tables.putAll(d.derive(a));
        byte[] key = new byte[16];
        ModelCodec.Entry back = ModelCodec.read(ModelCodec.entry(key, a, tables), key);
        assertTrue(a.equals(back.agreement()));
        assertEquals(tables.keySet(), back.tables().keySet());
        for (String t : tables.keySet()) {
            assertEquals(tables.get(t).keySet(), back.tables().get(t).keySet(), t);
            for (var row : tables.get(t).entrySet()) {
                assertTrue(java.util.Arrays.equals(row.getValue(), back.tables().get(t).get(row.getKey())), t + " " + row.getKey());
            }
        }
        int n = a.clauses().size();
        byte[] past = ModelCodec.entry(key, a, java.util.Map.of("stems", java.util.Map.of("widget", new int[] {2 * n})));
        assertThrowsCorrupt(() -> ModelCodec.read(past, key).agreement(), "a clause past the end");
        byte[] descending = ModelCodec.entry(key, a, java.util.Map.of("stems", java.util.Map.of("widget", new int[] {2, 1})));
        assertThrowsCorrupt(() -> ModelCodec.read(descending, key).agreement(), "numbers out of order");
    }

    @Test
    void tablesThatAreNotAsTheCodeMakesThemAreMadeAgainNotServed() throws Exception {
        portfolio(tmp.resolve("big.yaml"), "Europe");
        Path cache = tmp.resolve("cache");
        Run with = Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString());
        List<Run.Output> good = new ArrayList<>();
        for (String q : QUESTIONS) good.add(with.run("-f", "big.yaml", "ask", q, "-o", "json"));
        Path entry = onlyEntry(cache);
        byte[] key = java.util.HexFormat.of().parseHex(entry.getFileName().toString().replace(".model", ""));
        ModelCodec.Entry e = ModelCodec.read(Files.readAllBytes(entry), key);
        int n = e.agreement().clauses().size();
        // made to pass the checksum and the codec's bounds: a clause twice in a posting list, clauses
        // past the agreement's (below twice their count), the vocabulary's phrases missing
        var forged = new java.util.HashMap<>(e.tables());
        var stems = new java.util.HashMap<>(forged.get("stems"));
        stems.replaceAll((k, v) -> v.length < 2 ? v : new int[] {v[0], v[0]});
        forged.put("stems", stems);
        forged.put("text", java.util.Map.of("widget", new int[] {n, n + 1}));
        forged.remove("phrases");
        Files.write(entry, ModelCodec.entry(key, e.agreement(), forged));
        for (int i = 0; i < QUESTIONS.size(); i++) {
            assertEquals(good.get(i), with.run("-f", "big.yaml", "ask", QUESTIONS.get(i), "-o", "json"), QUESTIONS.get(i));
        }
    }

    @Test
    void everyAgreementInTheRepositoryReadsBackEqualFromItsBytes() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Run.ROOT.resolve("terms.yaml")));
        for (Path dir : List.of(Run.RESOURCES, Run.ROOT.resolve("tests/acceptance/agreements"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/bad/")).sorted().forEach(files::add);
            }
        }
        int read = 0;
        java.util.Set<String> forms = new java.util.TreeSet<>();
        for (Path f : files) {
            Agreement a;
            try {
                a = new TermsLoader().load(f, f.getFileName().toString());
            } catch (LoadException e) {
                continue; // a file made to fail elsewhere
            }
            assertEquals(a, ModelCodec.decode(ModelCodec.encode(a)), f.toString());
            read++;
            // format 1.1's forms, so that a field the codec dropped would be among those compared
            if (!a.aliases().isEmpty()) forms.add("aliases");
            if (a.renewal() != null) forms.add("renewal");
            for (var c : a.clauses()) {
                if (c.quantity() != null) forms.add("quantity");
                if (c.every() != null) forms.add("every");
                if (c.due() != null) forms.add("due " + c.due().getClass().getSimpleName());
                if (c.notice() != null) forms.add("notice");
                if (c.mutual()) forms.add("mutual");
                for (var b : c.until()) forms.add("until " + b.getClass().getSimpleName());
            }
        }
        assertTrue(read > 10, "only " + read + " agreements read");
        assertEquals("[aliases, due AfterEachPeriod, due By, due DayOfPeriod, every, mutual, notice, quantity, renewal, "
                + "until OnDate, until OnEvent, until Relative]", forms.toString());
    }

    @Test
    void damagedBytesAreACacheMissNeverAnotherAgreement() throws Exception {
        byte[] good = ModelCodec.encode(new TermsLoader().load(Run.ROOT.resolve("terms.yaml"), "terms.yaml"));
        for (int cut : new int[] {0, 5, good.length / 2, good.length - 1}) {
            byte[] shorter = java.util.Arrays.copyOf(good, cut);
            assertThrowsCorrupt(shorter);
        }
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        assertThrowsCorrupt(longer);
    }

    private static void assertThrowsCorrupt(byte[] bytes) {
        assertThrowsCorrupt(() -> ModelCodec.decode(bytes), "decoded " + bytes.length + " damaged bytes");
    }

    interface Decoding {
        Object run() throws ModelCodec.Corrupt;
    }

    private static void assertThrowsCorrupt(Decoding decoding, String what) {
        try {
            decoding.run();
        } catch (ModelCodec.Corrupt expected) {
            return;
        }
        throw new AssertionError(what + ": decoded");
    }

    /** Puts the file's agreement in {@code cache}, waits for the entry, and gives the one entry there is. */
    private static Path putAlone(ModelCache cache, Path file, String shown, Agreement a) throws IOException {
        cache.put(Files.readAllBytes(file), file, shown, a);
        ModelCache.settle();
        return onlyEntry(cache.dir());
    }

    /** The single entry a put left in the cache directory. */
    private static Path onlyEntry(Path cache) throws IOException {
        List<Path> e = entries(cache);
        assertEquals(1, e.size(), e.toString());
        return e.get(0);
    }

    @Test
    void everyByteOfAnEntryFlippedIsAMissOrTheSameAgreementNeverAnother() throws Exception {
        Path file = Run.ROOT.resolve("terms.yaml");
        Agreement good = new TermsLoader().load(file, "terms.yaml");
        ModelCache cache = new ModelCache(tmp.resolve("cache"));
        Path entry = putAlone(cache, file, "terms.yaml", good);
        assertTrue(entry.toString().endsWith(".small"), entry.toString());
        byte[] bytes = Files.readAllBytes(entry);
        byte[] key = java.util.HexFormat.of().parseHex(entry.getFileName().toString().replace(".small", ""));
        byte[] yaml = Files.readAllBytes(file);
        byte[] source = ModelCache.source(yaml, "terms.yaml");
        assertTrue(good.equals(cache.find(yaml, "terms.yaml")), "the undamaged entry is a hit");
        // every byte, two ways, through the check the cache makes; every 7th on disk, through find
        for (int i = 0; i < bytes.length; i++) {
            for (int flip : new int[] {0x04, 0x80}) {
                byte[] damaged = bytes.clone();
                damaged[i] ^= (byte) flip;
                assertThrowsCorrupt(() -> ModelCodec.read(damaged, key, source), "byte " + i + " ^ " + flip);
                if (i % 7 == 0 && flip == 0x04) {
                    Files.write(entry, damaged);
                    // not assertEquals: the message would print both agreements whole
                    assertTrue(cache.find(yaml, "terms.yaml") == null, "byte " + i + " ^ " + flip + " was served");
                }
            }
        }
    }

    @Test
    void aSampleOfBytesFlippedInALargeEntryIsAMiss() throws Exception {
        Path file = portfolio(tmp.resolve("big.yaml"), "Europe");
        Agreement good = new TermsLoader().load(file, "big.yaml");
        byte[] key = new byte[16];
        byte[] bytes = ModelCodec.entry(key, good);
        java.util.Random random = new java.util.Random(15);
        for (int n = 0; n < 300; n++) {
            int i = n < 100 ? n : random.nextInt(bytes.length);
            byte[] damaged = bytes.clone();
            damaged[i] ^= (byte) (1 << random.nextInt(8));
            assertThrowsCorrupt(() -> ModelCodec.fromEntry(damaged, key), "byte " + i);
        }
    }

    @Test
    void anEntryCopiedOverAnotherFilesEntryIsAMiss() throws Exception {
        Path a = Run.ROOT.resolve("terms.yaml");
        Path b = Run.RESOURCES.resolve("agreements/aws-customer-agreement.yaml");
        Path dir = tmp.resolve("cache");
        ModelCache cache = new ModelCache(dir);
        Path entryA = putAlone(cache, a, "a.yaml", new TermsLoader().load(a, "a.yaml"));
        Path entryB = putAlone(new ModelCache(tmp.resolve("b-only")), b, "b.yaml", new TermsLoader().load(b, "b.yaml"));
        Files.copy(entryB, entryA, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(cache.find(Files.readAllBytes(a), "a.yaml") == null, "b.yaml's entry was served for a.yaml");
    }

    @Test
    void anEntryOrPointerThatIsAFifoOrALinkToDevZeroIsAMissAndIsWrittenAgain() throws Exception {
        Path file = portfolio(tmp.resolve("big.yaml"), "Europe");
        byte[] yaml = Files.readAllBytes(file);
        Agreement good = new TermsLoader().load(file, "terms.yaml");
        Path dir = tmp.resolve("cache");
        ModelCache cache = new ModelCache(dir);
        Path entry = putAlone(cache, file, "terms.yaml", good);
        Path pointer;
        try (Stream<Path> s = Files.list(dir)) {
            pointer = s.filter(p -> p.toString().endsWith(".last")).findFirst().orElseThrow();
        }
        byte[] entryBytes = Files.readAllBytes(entry);
        for (Path victim : List.of(entry, pointer)) {
            for (String kind : List.of("fifo", "zero")) {
                Files.delete(victim);
                if (kind.equals("fifo")) {
                    assertEquals(0, new ProcessBuilder("mkfifo", victim.toString()).start().waitFor());
                } else {
                    Files.createSymbolicLink(victim, Path.of("/dev/zero"));
                }
                Agreement found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(5), () -> cache.find(file, "terms.yaml"), victim + " as " + kind);
                if (victim.equals(entry)) assertNull(found, kind);
                cache.put(yaml, file, "terms.yaml", good);
                ModelCache.settle();
                assertTrue(Files.isRegularFile(victim, java.nio.file.LinkOption.NOFOLLOW_LINKS), "rewritten: " + kind);
                assertTrue(good.equals(cache.find(file, "terms.yaml")), "a hit again after " + kind);
            }
        }
        assertEquals(entryBytes.length, Files.size(entry));
    }

    @Test
    void aLengthOrCountPastTheEndIsCorruptNotAnExhaustedHeap() throws Exception {
        byte[] magic = "terms-model\n".getBytes(StandardCharsets.US_ASCII);
        byte[] big = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07}; // 2^31 - 1
        for (byte[] head : new byte[][] {
                {0, 0, 0},                 // id, title, effective; then the agreement's until: 2^31 - 1 bounds
                {0, 0, 0, 0, 0, 0, 1, 0, 0}}) { // one party, no id or name; then its aliases: 2^31 - 1 strings
            byte[] tail = java.util.Arrays.copyOf(head, head.length + big.length);
            System.arraycopy(big, 0, tail, head.length, big.length);
            byte[] bytes = java.util.Arrays.copyOf(magic, magic.length + tail.length);
            System.arraycopy(tail, 0, bytes, magic.length, tail.length);
            assertThrowsCorrupt(bytes);
        }
    }

    @Test
    void aLargeFileIsAnsweredTheSameFromTheCacheAsFromTheYaml() throws Exception {
        Path file = portfolio(tmp.resolve("big.yaml"), "Europe");
        Path cache = tmp.resolve("cache");
        Run.Output parsed = Run.in(tmp).env("TERMS_NO_CACHE", "1").run("-f", "big.yaml", "ask", QUESTION, "-o", "json");
        assertEquals(0, parsed.status(), parsed.err());
        assertFalse(Files.exists(cache));

        Run.Output first = Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString()).run("-f", "big.yaml", "ask", QUESTION, "-o", "json");
        assertEquals(1, entries(cache).size());
        Run.Output second = Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString()).run("-f", "big.yaml", "ask", QUESTION, "-o", "json");
        assertEquals(parsed, first);
        assertEquals(parsed, second);
        assertTrue(Files.size(file) >= ModelCache.LARGE_BYTES);
    }

    @Test
    void aChangedFileIsNeverAnsweredFromTheOldEntryEvenWithTheSameSizeAndTime() throws Exception {
        Path file = portfolio(tmp.resolve("big.yaml"), "Europe");
        Path cache = tmp.resolve("cache");
        Run run = Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString());
        Run.Output before = run.run("-f", "big.yaml", "ask", "where may party 1 license widgets", "-o", "json");
        FileTime time = Files.getLastModifiedTime(file);
        long size = Files.size(file);

        portfolio(file, "Europa"); // same length, another name for the place
        Files.setLastModifiedTime(file, time);
        assertEquals(size, Files.size(file));
        Run.Output after = run.run("-f", "big.yaml", "ask", "where may party 1 license widgets", "-o", "json");
        assertNotEquals(before.out(), after.out());
        assertTrue(after.out().contains("Europa"), after.out());
        assertFalse(after.out().contains("\"Europe\""), after.out());
        assertEquals(2, entries(cache).size());
    }

    @Test
    void aDamagedEntryIsReplacedAndTheAnswerStaysRight() throws Exception {
        portfolio(tmp.resolve("big.yaml"), "Europe");
        Path cache = tmp.resolve("cache");
        Run run = Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString());
        Run.Output good = run.run("-f", "big.yaml", "ask", QUESTION, "-o", "json");
        Path entry = entries(cache).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        assertEquals(good, run.run("-f", "big.yaml", "ask", QUESTION, "-o", "json"));
        assertEquals(bytes.length, Files.size(entry), "the damaged entry was written again");
    }

    @Test
    void concurrentRunsOnAColdCacheAllAnswerAndLeaveOneWholeEntry() throws Exception {
        portfolio(tmp.resolve("big.yaml"), "Europe");
        Path cache = tmp.resolve("cache");
        Run.Output expected = Run.in(tmp).env("TERMS_NO_CACHE", "1").run("-f", "big.yaml", "ask", QUESTION, "-o", "json");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Run.Output>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString())
                        .run("-f", "big.yaml", "ask", QUESTION, "-o", "json")));
            }
            for (Future<Run.Output> r : runs) assertEquals(expected, r.get());
        } finally {
            pool.shutdown();
        }
        List<String> left;
        try (Stream<Path> s = Files.list(cache)) {
            left = s.map(p -> p.getFileName().toString().replaceAll("^[0-9a-f]{32}", "KEY")).sorted().toList();
        }
        assertEquals(List.of("KEY.last", "KEY.model"), left, "one entry, the file's pointer to it, nothing temporary");
        assertEquals(expected, Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString())
                .run("-f", "big.yaml", "ask", QUESTION, "-o", "json"));
    }

    @Test
    void aCacheThatCannotBeWrittenIsPassedOverQuietly() throws Exception {
        portfolio(tmp.resolve("big.yaml"), "Europe");
        Path notADirectory = tmp.resolve("file");
        Files.writeString(notADirectory, "x");
        Run.Output out = Run.in(tmp).env("TERMS_CACHE_DIR", notADirectory.resolve("cache").toString())
                .run("-f", "big.yaml", "ask", QUESTION, "-o", "json");
        assertEquals(0, out.status());
        assertEquals("", out.err());
    }

    @Test
    void invalidFilesAreNeverCached() throws Exception {
        Path cache = tmp.resolve("cache");
        Run run = Run.in(Run.ROOT).env("TERMS_CACHE_DIR", cache.toString());
        Path bad = portfolio(tmp.resolve("bad.yaml"), "Europe");
        Files.writeString(bad, Files.readString(bad).replace("version: 1", "version: 2"));
        assertEquals(65, run.run("-f", bad.toString(), "clauses").status());
        Path small = tmp.resolve("small.yaml");
        Files.writeString(small, Files.readString(Run.ROOT.resolve("terms.yaml")).replace("version: 1", "version: 2"));
        assertEquals(65, run.run("-f", small.toString(), "clauses").status());
        assertFalse(Files.exists(cache));
    }

    @Test
    void aSmallFileIsAnsweredFromTheCacheAsWithoutItAndAChangedOneIsReadAgain() throws Exception {
        Path file = tmp.resolve("terms.yaml");
        String yaml = Files.readString(Run.ROOT.resolve("terms.yaml"));
        Files.writeString(file, yaml);
        Path cache = tmp.resolve("cache");
        Run without = Run.in(tmp).env("TERMS_NO_CACHE", "1");
        Run with = Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString());
        String q = "Who holds the right of first refusal?";
        Run.Output parsed = without.run("ask", q, "-o", "json");
        assertEquals(parsed, with.run("ask", q, "-o", "json"), "first read");
        assertEquals(1, entries(cache).size());
        assertEquals(parsed, with.run("ask", q, "-o", "json"), "from the cache");
        // the holder and the other party swapped, the size the same: the entry holds the old bytes
        String changed = yaml.replaceFirst("party: microsoft\n    counterparty: openai\n    action: have the first",
                "party: openai\n    counterparty: microsoft\n    action: have the first");
        assertNotEquals(yaml, changed);
        Files.writeString(file, changed);
        Run.Output reparsed = without.run("ask", q, "-o", "json");
        assertNotEquals(parsed, reparsed);
        assertEquals(reparsed, with.run("ask", q, "-o", "json"), "after the change");
        assertEquals(2, entries(cache).size());
    }

    @Test
    void aSmallFilesEntryIsNamedByItsBytesButServedOnlyForThem() throws Exception {
        Path file = Run.ROOT.resolve("terms.yaml");
        byte[] yaml = Files.readAllBytes(file);
        Agreement good = new TermsLoader().load(file, "terms.yaml");
        Path dir = tmp.resolve("cache");
        ModelCache cache = new ModelCache(dir);
        Path entry = putAlone(cache, file, "terms.yaml", good);
        // the same name made for other bytes (as a collision of its checksums would): a miss
        byte[] other = yaml.clone();
        other[other.length - 2] ^= 1;
        Files.move(entry, dir.resolve(java.util.HexFormat.of().formatHex(ModelCache.smallKey(ModelCache.source(other,
                "terms.yaml"))) + ".small"));
        assertNull(cache.find(other, "terms.yaml"));
        assertNull(cache.find(yaml, "terms.yaml"), "its own name is gone");
    }

    @Test
    void theLeastRecentlyUsedEntriesGoFirst() throws Exception {
        Path cache = tmp.resolve("cache");
        Files.createDirectories(cache);
        for (int i = 0; i < ModelCache.MAX_ENTRIES + 3; i++) {
            Path old = cache.resolve("old-" + i + ".model");
            Files.writeString(old, "x");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        portfolio(tmp.resolve("big.yaml"), "Europe");
        Run.in(tmp).env("TERMS_CACHE_DIR", cache.toString()).run("-f", "big.yaml", "clauses");
        List<Path> kept = entries(cache);
        assertEquals(ModelCache.MAX_ENTRIES, kept.size());
        for (int i = 0; i < 4; i++) assertFalse(Files.exists(cache.resolve("old-" + i + ".model")), "old-" + i);
        assertTrue(Files.exists(cache.resolve("old-" + (ModelCache.MAX_ENTRIES + 2) + ".model")));
    }

    @Test
    void temporaryFilesLeftByAKilledWriteAreRemovedOnceOld() throws Exception {
        Path dir = tmp.resolve("cache");
        Files.createDirectories(dir);
        Path old = Files.writeString(dir.resolve("entry-1.tmp"), "half an entry");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(dir.resolve("entry-2.tmp"), "being written now");
        Path file = Run.ROOT.resolve("terms.yaml");
        new ModelCache(dir).put(Files.readAllBytes(file), file, "terms.yaml", new TermsLoader().load(file, "terms.yaml"));
        ModelCache.settle();
        assertFalse(Files.exists(old), "an hour old: a killed run's");
        assertTrue(Files.exists(fresh), "another run may be writing it");
    }

    @Test
    void theEnvironmentChoosesTheDirectory() {
        assertNull(ModelCache.from(name -> name.equals("TERMS_NO_CACHE") ? "1" : "/x"));
        assertEquals(Path.of("/c"), ModelCache.from(name -> name.equals("TERMS_CACHE_DIR") ? "/c" : null).dir());
        assertEquals(Path.of("/x/terms"), ModelCache.from(name -> name.equals("XDG_CACHE_HOME") ? "/x" : null).dir());
        assertEquals(Path.of("/h/.cache/terms"), ModelCache.from(name -> name.equals("HOME") ? "/h" : null).dir());
        assertNull(ModelCache.from(name -> null));
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".model") || p.toString().endsWith(".small")).sorted().toList();
        }
    }

    /** A portfolio of a little over 1 MiB: enough clauses that the cache is used. */
    static Path portfolio(Path file, String placeName) throws IOException {
        StringBuilder b = new StringBuilder("version: 1\nagreement:\n  id: portfolio\n  title: Generated portfolio\n"
                + "  effective: 2020-01-01\nparties:\n");
        for (int p = 0; p < 20; p++) b.append("  party-").append(p).append(":\n    name: Party ").append(p).append(" Inc.\n");
        b.append("definitions:\n  widgets:\n    name: Widgets\n  europe:\n    name: ").append(placeName).append('\n')
                .append("  asia:\n    name: Asia\n");
        String[] kinds = {"right-of-first-refusal", "license-grant", "revenue-share", "confidentiality"};
        String[] modalities = {"right", "permission", "obligation", "prohibition"};
        String[] places = {"europe", "asia"};
        for (int i = 0; b.length() < ModelCache.LARGE_BYTES + 50_000; i++) {
            String kind = kinds[i % kinds.length];
            b.append("  - id: c").append(i).append('\n')
                    .append("    title: ").append(kind.replace('-', ' ')).append(' ').append(i).append('\n')
                    .append("    kind: ").append(kind).append('\n')
                    .append("    modality: ").append(modalities[i % modalities.length]).append('\n')
                    .append("    party: party-").append(i % 20).append('\n')
                    .append("    counterparty: party-").append((i + 7) % 20).append('\n')
                    .append("    action: license widgets\n    object: widgets\n")
                    .append("    where: ").append(places[(i / 4) % 2]).append('\n')
                    .append("    text: \"Party ").append(i % 20).append(" may license the widgets, clause ").append(i)
                    .append(".\"\n");
        }
        String yaml = b.toString();
        int at = yaml.indexOf("  - id: c0\n");
        yaml = yaml.substring(0, at) + "clauses:\n" + yaml.substring(at);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
