package dev.terms.load;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Definition;
import dev.terms.model.Event;
import dev.terms.model.Evidence;
import dev.terms.model.Location;
import dev.terms.model.Modality;
import dev.terms.model.Party;
import dev.terms.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Parsed agreements of terms files, kept on disk so the next run skips the parse (most of the
 * time a 100,000-clause file takes; a fifth of a small file's run, whose YAML is parsed in cold
 * code). A large file's entry is named by a digest of its bytes, the name it is shown under, and
 * the code that parses and encodes it; a small file's ({@link #LARGE_BYTES}) by checksums of the
 * same, and it holds them, compared byte for byte before it is served. Either way a changed file
 * or a rebuilt {@code terms} never meets an old entry, so nothing stale is ever served. Beside a
 * large file's entries, a small file per path names the entry last read for it, so that entry
 * can be decoded while the file is digested. Files are written to a temporary file and renamed
 * into place, so concurrent runs see a whole file or none. Only files that loaded without an
 * error are kept; any failure to read or write the cache just means parsing the file.
 *
 * <p>The directory is not trusted to hold what this class wrote: an entry is checked against
 * the key it is read for and its own CRC-32 before it is decoded (see {@link ModelCodec}), and
 * entries and pointers are read only when they are regular files (never through a link, never
 * a FIFO) and never past a size limit.
 *
 * <p>An entry also keeps what the layers above derive from the agreement ({@link Derivation}: the
 * answer index, the question vocabulary's keys), so a run from the cache reads those too rather
 * than tokenizing every clause again; their code is part of the key.
 */
public final class ModelCache {

    /**
     * A file this large or larger is digested as it streams by, and found through its path's
     * pointer; a smaller one is read whole, its entry is named by checksums of its bytes, and
     * holds them: a hit is the same bytes, compared, with no digest to make (the JDK's digest
     * providers alone take ~10 ms to start, a tenth of a small file's run).
     */
    public static final int LARGE_BYTES = 1 << 20;
    /** Entries kept, least recently used first out: one per version of each large file read. */
    static final int MAX_ENTRIES = 16;
    /** Small files' entries kept, apart, so that many small files never push out a large one's. */
    static final int MAX_SMALL_ENTRIES = 64;
    private static final String SUFFIX = ".model";
    private static final String SMALL_SUFFIX = ".small";
    private static final String POINTER = ".last";
    /** A pointer holds a key and a newline; an entry is smaller than the largest file the loader reads. */
    private static final long MAX_POINTER_BYTES = 64;
    private static final long MAX_ENTRY_BYTES = 2 * Limits.DEFAULT.maxFileBytes();
    /** What the entries depend on besides the file: the parser, the model and the codec. */
    private static final List<Class<?>> CODE = List.of(ModelCache.class, ModelCodec.class, TermsLoader.class,
            YamlReader.class, JsonReader.class, Encoding.class, Tape.class, Decoder.class, References.class, Limits.class,
            Agreement.class, Clause.class, Party.class, Definition.class, Event.class, Source.class, Location.class,
            Bound.class, Bound.OnDate.class, Bound.OnEvent.class, Bound.Relative.class, Bound.Start.class, Bound.End.class,
            dev.terms.model.Duration.class, dev.terms.model.Due.class, dev.terms.model.Quantity.class,
            dev.terms.model.Renewal.class, Modality.class, Evidence.class);
    private static byte[] codeDigest;

    /**
     * What a layer above derives from an agreement (the answer index's posting lists, the question
     * vocabulary's keys): tables by name, each of keys to numbers (clause ordinals), a pure function
     * of the agreement and of {@code code}, the classes that make it. Made once per version of a
     * file and kept in its entry, so a run from the cache reads them rather than making them again.
     */
    public interface Derivation {
        Map<String, Map<String, int[]>> derive(Agreement a);

        List<Class<?>> code();
    }

    private static List<Derivation> derivations = List.of();
    /** The tables of the agreements this run read or put, by identity; the agreements are only weakly held. */
    private static final List<Kept> kept = new ArrayList<>();

    /** The threads writing this run's entries, until {@link #settle} has waited for them. */
    private static final List<Thread> writing = new ArrayList<>();

    private record Kept(WeakReference<Agreement> agreement, Map<String, Map<String, int[]>> tables) {}

    /**
     * Sets what entries keep beside the model. Their code joins the key: an entry made without
     * them (or by other code) is another entry.
     */
    public static synchronized void derive(List<Derivation> ds) {
        if (ds.equals(derivations)) return;
        derivations = List.copyOf(ds);
        codeDigest = null;
    }

    /** The derived tables read or made with this agreement, or null (then whoever needs them makes them). */
    public static synchronized Map<String, Map<String, int[]>> tables(Agreement a) {
        for (Kept k : kept) if (k.agreement().get() == a) return k.tables();
        return null;
    }

    private static synchronized void keep(Agreement a, Map<String, Map<String, int[]>> tables) {
        if (tables == null) return;
        kept.removeIf(k -> k.agreement().get() == null);
        kept.add(new Kept(new WeakReference<>(a), tables));
    }

    private static synchronized List<Derivation> derivations() {
        return derivations;
    }

    /**
     * Every derivation's tables of {@code a}, each but the last on a thread of its own (they are
     * independent, and a cold read of a large file has them all to make); null when one fails.
     */
    private static Map<String, Map<String, int[]>> derived(Agreement a) {
        List<Derivation> ds = derivations();
        if (ds.isEmpty()) return null;
        List<FutureTask<Map<String, Map<String, int[]>>>> tasks = new ArrayList<>();
        for (Derivation d : ds.subList(0, ds.size() - 1)) {
            FutureTask<Map<String, Map<String, int[]>>> t = new FutureTask<>(() -> d.derive(a));
            Thread th = new Thread(t, "terms-derive");
            th.setDaemon(true);
            th.start();
            tasks.add(t);
        }
        Map<String, Map<String, int[]>> out = new HashMap<>();
        try {
            out.putAll(ds.get(ds.size() - 1).derive(a));
            for (FutureTask<Map<String, Map<String, int[]>>> t : tasks) out.putAll(t.get());
        } catch (ExecutionException | RuntimeException e) {
            return null; // the layer that needs the tables makes them, and meets the same failure there
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return out;
    }

    private final Path dir;

    public ModelCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cache the environment asks for: $TERMS_CACHE_DIR, else $XDG_CACHE_HOME/terms, else
     * ~/.cache/terms; none when $TERMS_NO_CACHE is set or no directory is known.
     */
    public static ModelCache from(Function<String, String> env) {
        if (env.apply("TERMS_NO_CACHE") != null) return null;
        if (env.apply("TERMS_CACHE_DIR") != null) return new ModelCache(Path.of(env.apply("TERMS_CACHE_DIR")));
        if (env.apply("XDG_CACHE_HOME") != null) return new ModelCache(Path.of(env.apply("XDG_CACHE_HOME"), "terms"));
        if (env.apply("HOME") != null) return new ModelCache(Path.of(env.apply("HOME"), ".cache", "terms"));
        return null;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The cached agreement of the file as it is now, or null. The file is digested as it streams
     * by, so a hit never holds the file's bytes in memory; meanwhile the entry this path had last
     * time is read on this thread, and used only when the digest says it is still the file's.
     * Entries and pointers are read only when they are regular files, and never past a limit; an
     * entry is used only when it names the key it was read for and its checksum holds. Anything
     * else is a miss, and the caller's {@link #put} writes the entry again.
     */
    public Agreement find(Path file, String shown) {
        return find(file, shown, Limits.DEFAULT.maxFileBytes());
    }

    /** As {@link #find(Path, String)}, digesting at most {@code maxFileBytes} of the file. */
    public Agreement find(Path file, String shown, long maxFileBytes) {
        // the code's digest (a read of each class named in CODE) is made on the digesting thread too
        FutureTask<String> digest = new FutureTask<>(() -> digestOf(file, shown, maxFileBytes));
        Thread digesting = new Thread(digest, "terms-digest");
        digesting.setDaemon(true);
        digesting.start();
        Path pointer = dir.resolve(pointerName(file, shown));
        String lastKey = null;
        ModelCodec.Entry last = null;
        try {
            lastKey = new String(Bounded.read(pointer, MAX_POINTER_BYTES, false), StandardCharsets.US_ASCII).strip();
            // a key names a file in this directory only: 32 hex digits, nothing else
            if (isKey(lastKey)) last = entry(lastKey);
        } catch (IOException | ModelCodec.Corrupt | RuntimeException e) {
            // no entry for this path yet, or not a readable one: only the digest decides
        }
        String key;
        try {
            key = digest.get();
        } catch (ExecutionException e) {
            return null; // the file could not be read through: the caller reads it, and says why
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (key == null) return null; // past the limit: the caller reads it, and refuses it
        try {
            ModelCodec.Entry cached = key.equals(lastKey) && last != null ? last : entry(key);
            touch(dir.resolve(key + SUFFIX));
            if (!key.equals(lastKey)) write(pointer, key.getBytes(StandardCharsets.US_ASCII));
            keep(cached.agreement(), cached.tables());
            return cached.agreement();
        } catch (IOException | ModelCodec.Corrupt | RuntimeException e) {
            return null; // missing, unreadable or damaged: the caller parses, and puts
        }
    }

    /** The cached agreement of a small file whose bytes are {@code bytes}, shown as {@code shown}; or null. */
    public Agreement find(byte[] bytes, String shown) {
        byte[] source = source(bytes, shown);
        if (source == null) return null;
        byte[] key = smallKey(source);
        Path entry = dir.resolve(HexFormat.of().formatHex(key) + SMALL_SUFFIX);
        try {
            ModelCodec.Entry cached = ModelCodec.read(Bounded.read(entry, MAX_ENTRY_BYTES, false), key, source);
            touch(entry);
            keep(cached.agreement(), cached.tables());
            return cached.agreement();
        } catch (IOException | ModelCodec.Corrupt | RuntimeException e) {
            return null; // missing, unreadable, damaged or made from other bytes: the caller parses, and puts
        }
    }

    /** What a small file's entry is made from: the code's stamp, the shown name and the bytes. */
    static byte[] source(byte[] bytes, String shown) {
        byte[] code = code();
        if (code == null) return null;
        byte[] name = shown.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[code.length + 1 + name.length + 1 + bytes.length];
        System.arraycopy(code, 0, out, 0, code.length);
        System.arraycopy(name, 0, out, code.length + 1, name.length);
        System.arraycopy(bytes, 0, out, code.length + 1 + name.length + 1, bytes.length);
        return out;
    }

    /**
     * A small entry's name: checksums, not a digest, since the entry's source is compared whole
     * (two sources that shared a name would only take each other's place).
     */
    static byte[] smallKey(byte[] source) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(source);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(source);
        return java.nio.ByteBuffer.allocate(16).putInt((int) crc.getValue()).putInt((int) adler.getValue())
                .putInt(source.length).putInt(java.util.Arrays.hashCode(source)).array();
    }

    /**
     * Whether a pointer's text is a key: 32 lower-case hex digits (not a pattern: compiling one
     * costs every small file's run a millisecond, for the large files' pointers).
     */
    private static boolean isKey(String s) {
        if (s.length() != 32) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) return false;
        }
        return true;
    }

    /** The agreement and tables in the entry named {@code key}, checked against that key and its checksum. */
    private ModelCodec.Entry entry(String key) throws IOException, ModelCodec.Corrupt {
        byte[] bytes = Bounded.read(dir.resolve(key + SUFFIX), MAX_ENTRY_BYTES, false);
        return ModelCodec.read(bytes, HexFormat.of().parseHex(key));
    }

    /** The key of the file's bytes, or null when there are more than {@code limit} of them. */
    private static String digestOf(Path file, String shown, long limit) throws IOException {
        MessageDigest md = digest(shown);
        if (md == null) throw new IOException("the code cannot be read: nothing is cached");
        long read = 0;
        try (FileChannel in = FileChannel.open(file)) {
            ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
            for (int n; (n = in.read(chunk)) >= 0; ) {
                read += n;
                if (read > limit) return null;
                chunk.flip();
                md.update(chunk);
                chunk.clear();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Where the key of the entry last read for a file is kept: named by the file's absolute path. */
    private static String pointerName(Path file, String shown) {
        MessageDigest md = md5();
        md.update(file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(shown.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest()) + POINTER;
    }

    /**
     * Keeps the agreement parsed from exactly these bytes, read from {@code file}, with the tables
     * the derivations make of it (which this run then uses too). The tables are made here; the
     * entry is digested, encoded and written on a thread of its own, since at 100,000 clauses that
     * is a second of CPU no answer waits for: the run answers beside it, and {@link #settle} waits
     * for it before the run ends.
     */
    public void put(byte[] bytes, Path file, String shown, Agreement agreement) {
        Map<String, Map<String, int[]>> tables = derived(agreement);
        keep(agreement, tables);
        Thread writer = new Thread(new EntryWriter(bytes, file, shown, agreement, tables), "terms-cache-write");
        synchronized (ModelCache.class) {
            writing.add(writer);
        }
        writer.start();
    }

    /** Writes one entry, and lets go of a large file's bytes (tens of megabytes) once they are digested. */
    private final class EntryWriter implements Runnable {
        private byte[] bytes;
        private final Path file;
        private final String shown;
        private final Agreement agreement;
        private final Map<String, Map<String, int[]>> tables;

        EntryWriter(byte[] bytes, Path file, String shown, Agreement agreement, Map<String, Map<String, int[]>> tables) {
            this.bytes = bytes;
            this.file = file;
            this.shown = shown;
            this.agreement = agreement;
            this.tables = tables;
        }

        @Override
        public void run() {
            try {
                if (bytes.length < LARGE_BYTES) small();
                else large();
            } catch (RuntimeException | OutOfMemoryError e) {
                // no entry, and no trace on the terminal: the next run parses the file again
            }
        }

        private void small() {
            byte[] source = source(bytes, shown);
            if (source == null) return;
            byte[] key = smallKey(source);
            write(dir.resolve(HexFormat.of().formatHex(key) + SMALL_SUFFIX),
                    ModelCodec.entryBuffer(key, agreement, tables, source, 2 * source.length));
        }

        private void large() {
            MessageDigest md = digest(shown);
            if (md == null) return;
            int size = bytes.length;
            md.update(bytes);
            bytes = null;
            byte[] raw = md.digest();
            String key = HexFormat.of().formatHex(raw);
            if (write(dir.resolve(key + SUFFIX), ModelCodec.entryBuffer(raw, agreement, tables, null, size))) {
                write(dir.resolve(pointerName(file, shown)), key.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    /** Waits until every entry this run began to write is written (or given up). */
    public static void settle() {
        while (true) {
            Thread next;
            synchronized (ModelCache.class) {
                if (writing.isEmpty()) return;
                next = writing.remove(0);
            }
            try {
                next.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache still serves
        }
    }

    /** Writes a file of the cache whole or not at all; false when it could not. */
    private boolean write(Path target, byte[] bytes) {
        return write(target, ByteBuffer.wrap(bytes));
    }

    private boolean write(Path target, ByteBuffer bytes) {
        Path tmp = null;
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: its defaults apply
                }
            }
            tmp = Files.createTempFile(dir, "entry-", ".tmp");
            try (FileChannel out = FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) out.write(bytes);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            evict(SUFFIX, MAX_ENTRIES);
            evict(SMALL_SUFFIX, MAX_SMALL_ENTRIES);
            evict(POINTER, 4 * MAX_ENTRIES);
            removeAbandoned();
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // no space, no permission: the answer does not depend on the cache
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left for the next eviction
                }
            }
        }
    }

    /** Keeps the most recently used files of a kind; another run deleting the same file is fine. */
    private void evict(String suffix, int keep) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(suffix)).forEach(files::add);
        }
        if (files.size() <= keep) return;
        files.sort(Comparator.comparing(ModelCache::modified).reversed());
        for (Path old : files.subList(keep, files.size())) Files.deleteIfExists(old);
    }

    /** A temporary file older than this was left by a run that was killed while writing it. */
    static final long ABANDONED_MILLIS = 10 * 60 * 1000;

    /** Removes what killed runs left: an entry being written takes seconds, not ten minutes. */
    private void removeAbandoned() throws IOException {
        long before = System.currentTimeMillis() - ABANDONED_MILLIS;
        List<Path> old = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().matches("entry-.*\\.tmp") && modified(p).toMillis() < before)
                    .forEach(old::add);
        }
        for (Path p : old) Files.deleteIfExists(p);
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * MD5 of the code, the shown name and (to be added) the bytes. MD5 serves as a checksum here,
     * not as a defence: whoever can write the terms file can change its answers anyway. It is
     * chosen for speed: short runs compile with C1 only, where SHA-256 of 50 MB takes a second
     * and MD5 a fifth. Null when the code cannot be read (then nothing is cached).
     */
    private static MessageDigest digest(String shown) {
        byte[] code = code();
        if (code == null) return null;
        MessageDigest md = md5();
        md.update(code);
        md.update(shown.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        return md;
    }

    /**
     * What identifies the code that parses, encodes and derives: run from a jar, the jar's path,
     * size and modification time (a rebuilt jar is new code; reading the classes back out of it
     * would open the jar, which a run from the class archive otherwise never does); run from class
     * files (the tests), a digest of those named in {@link #CODE} and by the derivations. Null when
     * they cannot be read (no caching then).
     */
    private static synchronized byte[] code() {
        if (codeDigest == null) codeDigest = jarStamp();
        if (codeDigest == null) {
            MessageDigest md = md5();
            for (Class<?> c : codeClasses()) {
                String name = c.getName();
                try (InputStream in = c.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
                    if (in == null) return null;
                    md.update(in.readAllBytes());
                } catch (IOException e) {
                    return null;
                }
            }
            codeDigest = md.digest();
        }
        return codeDigest;
    }

    private static List<Class<?>> codeClasses() {
        List<Class<?>> code = new ArrayList<>(CODE);
        for (Derivation d : derivations) code.addAll(d.code());
        return code;
    }

    /** The jar every class of the code comes from, stamped; null when they are not all in one jar. */
    private static byte[] jarStamp() {
        try {
            List<Class<?>> code = codeClasses();
            java.net.URL location = null;
            for (Class<?> c : code) {
                java.security.CodeSource src = c.getProtectionDomain().getCodeSource();
                if (src == null || src.getLocation() == null) return null;
                if (location == null) location = src.getLocation();
                // as text: URL.equals may resolve host names, and one URI and Path is made, not one a class
                else if (!location.toString().equals(src.getLocation().toString())) return null;
            }
            if (location == null) return null;
            Path jar = Path.of(location.toURI());
            if (!jar.getFileName().toString().endsWith(".jar")) return null;
            BasicFileAttributes at = Files.readAttributes(jar, BasicFileAttributes.class);
            if (!at.isRegularFile()) return null;
            return ("jar " + jar.toAbsolutePath() + " " + at.size() + " " + at.lastModifiedTime().toMillis() + " "
                    + code.size()).getBytes(StandardCharsets.UTF_8);
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has MD5", e);
        }
    }
}
