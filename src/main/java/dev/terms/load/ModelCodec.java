package dev.terms.load;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Definition;
import dev.terms.model.Due;
import dev.terms.model.Duration;
import dev.terms.model.Event;
import dev.terms.model.Evidence;
import dev.terms.model.Location;
import dev.terms.model.Modality;
import dev.terms.model.Party;
import dev.terms.model.Polarity;
import dev.terms.model.Quantity;
import dev.terms.model.Renewal;
import dev.terms.model.Source;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded agreement as compact bytes and back, for {@link ModelCache}. Every string is written
 * once and referred to by number afterwards, so a portfolio's repeated ids cost a few bytes and
 * share one {@code String} when read back.
 *
 * <p>An entry of the cache is {@link #entry}: the key it was made from and a CRC-32 of the body
 * come first (then, in a small file's entry, the file's bytes, which a hit must equal), and both
 * are checked before a single field is decoded, so a flipped bit, a cut or an entry copied from
 * another file reads as {@link Corrupt} (a cache miss), never as another agreement. The body decoder is itself defensive, for what a checksum cannot catch (a bug, or
 * bytes made to match): every length and count is bounded by the bytes that remain, so no input
 * allocates more than a few times its own size. The checksum is for damage, not for a forger (who
 * could make any checksum match): a CRC-32 finds every run of damage up to 32 bits long and
 * misses one in four billion of the rest, at a fraction of SHA-256's cost (SHA-256 took 0.3 s of a
 * 25 MB entry with C1, the JIT a short run uses; the CRC is a JVM intrinsic).
 */
public final class ModelCodec {

    private static final byte[] ENTRY = "terms-entry\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 16;
    private static final int SUM_BYTES = 4;
    private static final byte[] MAGIC = "terms-model\n".getBytes(StandardCharsets.US_ASCII);
    /** The last byte: a file cut short or padded does not read as an agreement. */
    private static final int END = 0x7e;
    /** Where the tables derived from the agreement begin, when an entry has them. */
    private static final byte[] TABLES = "terms-tables\n".getBytes(StandardCharsets.US_ASCII);
    /** Before the agreement in a small file's entry: what it was made from, compared byte for byte. */
    private static final byte[] SOURCE = "terms-source\n".getBytes(StandardCharsets.US_ASCII);
    /** Dates are written as days since 0000-01-01, the earliest a four-digit year allows. */
    private static final long DAY_ZERO = LocalDate.of(0, 1, 1).toEpochDay();

    /** Bytes that are not an encoded agreement. */
    public static final class Corrupt extends Exception {
        Corrupt(String why) {
            super(why, null, false, false);
        }
    }

    private ModelCodec() {}

    /** A cache entry: the key the agreement was made from, a CRC-32 of the body, the body. */
    static byte[] entry(byte[] key, Agreement a) {
        return entry(key, a, null);
    }

    /**
     * As {@link #entry(byte[], Agreement)}, with the tables derived from the agreement after it
     * in the body (under the same checksum); null for none.
     */
    static byte[] entry(byte[] key, Agreement a, Map<String, Map<String, int[]>> tables) {
        java.nio.ByteBuffer b = entryBuffer(key, a, tables, null, 0);
        return java.util.Arrays.copyOfRange(b.array(), 0, b.limit());
    }

    /**
     * As {@link #entry(byte[], Agreement, Map)}, in the buffer it was made in (no copy of tens of
     * megabytes more), which starts at {@code expected} bytes (an entry is about the size of the
     * file it was parsed from: that size, and the buffer is not copied as it grows).
     */
    static java.nio.ByteBuffer entryBuffer(byte[] key, Agreement a, Map<String, Map<String, int[]>> tables, byte[] source,
            int expected) {
        if (key.length != KEY_BYTES) throw new IllegalArgumentException("a key is " + KEY_BYTES + " bytes");
        // one buffer, the checksum filled in last: a large file's entry is tens of megabytes, and a
        // copy of it more would be that much more peak memory on the first read
        Out o = new Out(expected);
        o.raw(ENTRY);
        o.raw(key);
        o.raw(new byte[SUM_BYTES]);
        int body = o.size;
        if (source != null) {
            o.raw(SOURCE);
            o.bytes(source);
        }
        encode(o, a);
        if (tables != null) tables(o, a.clauses().size(), tables);
        System.arraycopy(checksum(o.bytes, body, o.size - body), 0, o.bytes, body - SUM_BYTES, SUM_BYTES);
        return java.nio.ByteBuffer.wrap(o.bytes, 0, o.size);
    }

    /** What an entry holds: the agreement, and the tables derived from it (null when it has none). */
    record Entry(Agreement agreement, Map<String, Map<String, int[]>> tables) {}

    /**
     * The agreement in a cache entry made from {@code key}. Anything else (another key, a body
     * that does not match its checksum, and any exception or error while decoding) is Corrupt.
     */
    static Agreement fromEntry(byte[] entry, byte[] key) throws Corrupt {
        return read(entry, key).agreement();
    }

    /** As {@link #fromEntry}, with the derived tables the entry holds. */
    static Entry read(byte[] entry, byte[] key) throws Corrupt {
        return read(entry, key, null);
    }

    /**
     * As {@link #read(byte[], byte[])}, for an entry made from {@code source} (a small file's
     * entry holds it): any other source is Corrupt, however its key was made.
     */
    static Entry read(byte[] entry, byte[] key, byte[] source) throws Corrupt {
        int body = ENTRY.length + KEY_BYTES + SUM_BYTES;
        if (entry.length < body) throw new Corrupt("too short");
        if (!java.util.Arrays.equals(entry, 0, ENTRY.length, ENTRY, 0, ENTRY.length)) throw new Corrupt("not an entry");
        if (!java.util.Arrays.equals(entry, ENTRY.length, ENTRY.length + KEY_BYTES, key, 0, key.length)) {
            throw new Corrupt("made from another file");
        }
        byte[] sum = checksum(entry, body, entry.length - body);
        if (!java.util.Arrays.equals(sum, 0, SUM_BYTES, entry, ENTRY.length + KEY_BYTES, body)) {
            throw new Corrupt("checksum mismatch");
        }
        In in = new In(entry, body);
        try {
            if (source != null) {
                in.raw(SOURCE);
                int n = in.size();
                if (!java.util.Arrays.equals(entry, in.at, in.at + n, source, 0, source.length)) {
                    throw new Corrupt("made from other bytes");
                }
                in.skip(n);
            }
            Agreement a = decode(in);
            Map<String, Map<String, int[]>> tables = in.at == entry.length ? null : tables(in, a.clauses().size());
            if (in.at != entry.length) throw new Corrupt("trailing bytes");
            return new Entry(a, tables);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new Corrupt(e.toString()); // as in decode(byte[])
        }
    }

    /**
     * Tables by name, each of keys to numbers: TABLES, the count of clauses and of tables, then
     * for each its name, its count of rows and of hash buckets (a power of two), where each
     * bucket's rows begin (fixed four-byte offsets) and the rows, bucket by bucket (a row: its
     * key's UTF-8 bytes, the count of numbers, the numbers, non-decreasing); END. Rows are found
     * by the key's {@link String#hashCode} (the same on every JVM), so a run reads only the rows
     * its question looks up, not hundreds of thousands of them.
     */
    private static void tables(Out out, int clauses, Map<String, Map<String, int[]>> tables) {
        out.raw(TABLES);
        out.count(clauses);
        out.count(tables.size());
        for (var t : tables.entrySet()) {
            out.bytes(t.getKey().getBytes(StandardCharsets.UTF_8));
            Map<String, int[]> rows = t.getValue();
            int n = rows.size();
            int buckets = Integer.highestOneBit(Math.max(1, n) * 2 - 1);
            // rows put in bucket order by counting, in the map's order within a bucket: no list
            // per bucket, and the rows written straight after their offsets, which are filled in
            // last (a table of 100,000 clauses' stems is megabytes; a copy of it is garbage)
            String[] keys = new String[n];
            int[][] values = new int[n][];
            int[] first = new int[buckets + 1];
            int i = 0;
            for (var row : rows.entrySet()) {
                keys[i] = row.getKey();
                values[i] = row.getValue();
                first[(keys[i].hashCode() & (buckets - 1)) + 1]++;
                i++;
            }
            for (int b = 0; b < buckets; b++) first[b + 1] += first[b];
            int[] order = new int[n];
            int[] next = java.util.Arrays.copyOf(first, buckets);
            for (int r = 0; r < n; r++) order[next[keys[r].hashCode() & (buckets - 1)]++] = r;
            out.count(n);
            out.count(buckets);
            int offsets = out.reserve(4 * (buckets + 1));
            int area = out.size;
            for (int b = 0; b < buckets; b++) {
                out.fixedAt(offsets + 4 * b, out.size - area);
                for (int k = first[b]; k < first[b + 1]; k++) {
                    int r = order[k];
                    out.bytes(keys[r].getBytes(StandardCharsets.UTF_8));
                    out.count(values[r].length);
                    for (int x : values[r]) out.count(x);
                }
            }
            out.fixedAt(offsets + 4 * buckets, out.size - area);
        }
        out.write(END);
    }

    /**
     * The tables after an agreement of {@code clauses} clauses, each read as a whole once here
     * (without making an object per row) so that a lookup later cannot fail: every offset within
     * its table, every row within its bucket, every number below twice the count of clauses (what
     * the tables hold are clause ordinals, some with a flag bit) and none smaller than the one before.
     */
    private static Map<String, Map<String, int[]>> tables(In in, int clauses) throws Corrupt {
        in.raw(TABLES);
        if (in.count() != clauses) throw new Corrupt("tables of another agreement");
        long bound = 2L * clauses;
        Map<String, Map<String, int[]>> out = new HashMap<>();
        for (int t = in.size(); t > 0; t--) {
            String name = new String(in.bytes(), StandardCharsets.UTF_8);
            int rows = in.size();
            int buckets = in.size();
            if (Integer.bitCount(buckets) != 1 || buckets > 4L * in.left()) throw new Corrupt("bad buckets");
            int[] starts = new int[buckets + 1];
            for (int i = 0; i <= buckets; i++) starts[i] = in.fixed();
            int area = in.at;
            if (starts[0] != 0 || starts[buckets] > in.left()) throw new Corrupt("a table past the end");
            int seen = 0;
            for (int i = 0; i < buckets; i++) {
                if (starts[i + 1] < starts[i] || in.at != area + starts[i]) throw new Corrupt("a bucket out of place");
                while (in.at < area + starts[i + 1]) {
                    in.skip(in.size());
                    long last = 0;
                    for (int n = in.size(); n > 0; n--) {
                        int v = in.count();
                        if (v < last || v >= bound) throw new Corrupt("a number out of order or past the clauses");
                        last = v;
                    }
                    seen++;
                }
                if (in.at != area + starts[i + 1]) throw new Corrupt("a row across buckets");
            }
            if (seen != rows) throw new Corrupt("rows miscounted");
            if (out.put(name, new Table(in.b, area, starts, rows)) != null) throw new Corrupt("a table twice");
        }
        in.end();
        return out;
    }

    /**
     * A table as the entry holds it: a row is read when it is looked up. Iterating reads every
     * row (what only small tables, and tests, need).
     */
    private static final class Table extends java.util.AbstractMap<String, int[]> {
        private final byte[] b;
        private final int area;
        private final int[] starts;
        private final int rows;
        private Map<String, int[]> all;

        Table(byte[] b, int area, int[] starts, int rows) {
            this.b = b;
            this.area = area;
            this.starts = starts;
            this.rows = rows;
        }

        @Override
        public int[] get(Object key) {
            if (!(key instanceof String k)) return null;
            byte[] want = k.getBytes(StandardCharsets.UTF_8);
            int bucket = k.hashCode() & (starts.length - 2);
            In in = new In(b, area + starts[bucket]);
            int end = area + starts[bucket + 1];
            while (in.at < end) {
                int length = in.count();
                boolean match = length == want.length && java.util.Arrays.equals(b, in.at, in.at + length, want, 0, length);
                in.at += length;
                int n = in.count();
                if (match) {
                    int[] v = new int[n];
                    for (int i = 0; i < n; i++) v[i] = in.count();
                    return v;
                }
                for (int i = 0; i < n; i++) in.count();
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return rows;
        }

        @Override
        public Set<Map.Entry<String, int[]>> entrySet() {
            if (all == null) {
                Map<String, int[]> m = new LinkedHashMap<>();
                In in = new In(b, area);
                while (in.at < area + starts[starts.length - 1]) {
                    String key = new String(in.bytes(), StandardCharsets.UTF_8);
                    int[] v = new int[in.count()];
                    for (int i = 0; i < v.length; i++) v[i] = in.count();
                    m.put(key, v);
                }
                all = Collections.unmodifiableMap(m);
            }
            return all.entrySet();
        }
    }

    private static byte[] checksum(byte[] b, int from, int length) {
        // CRC-32, not CRC-32C: the JDK's CRC32C builds its tables in interpreted code on first use
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, from, length);
        int v = (int) crc.getValue();
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    static byte[] encode(Agreement a) {
        Out out = new Out(0);
        encode(out, a);
        return out.toByteArray();
    }

    private static void encode(Out out, Agreement a) {
        out.raw(MAGIC);
        out.string(a.id());
        out.string(a.title());
        out.strings(a.aliases());
        out.date(a.effective());
        out.bounds(a.until());
        out.renewal(a.renewal());
        out.count(a.sources().size());
        for (Source s : a.sources()) {
            out.string(s.id());
            out.string(s.title());
            out.string(s.url());
            out.string(s.date());
            out.string(s.file());
        }
        out.string(a.note());
        out.count(a.parties().size());
        for (Party p : a.parties().values()) {
            out.string(p.id());
            out.string(p.name());
            out.strings(p.aliases());
            out.string(p.role());
            out.string(p.note());
            out.location(p.location());
        }
        out.count(a.definitions().size());
        for (Definition d : a.definitions().values()) {
            out.string(d.id());
            out.string(d.name());
            out.strings(d.aliases());
            out.string(d.means());
            out.string(d.type());
            out.string(d.note());
            out.location(d.location());
        }
        out.count(a.events().size());
        for (Event e : a.events().values()) {
            out.string(e.id());
            out.string(e.name());
            out.strings(e.aliases());
            out.date(e.date());
            out.string(e.note());
            out.location(e.location());
        }
        out.count(a.clauses().size());
        for (Clause c : a.clauses()) clause(out, c);
        out.location(a.location());
        out.write(END);
    }

    private static void clause(Out out, Clause c) {
        out.string(c.id());
        out.string(c.title());
        out.string(c.kind());
        out.count(c.modality() == null ? 0 : c.modality().ordinal() + 1);
        out.count(c.polarity().ordinal());
        out.strings(c.party());
        out.strings(c.counterparty());
        out.string(c.action());
        out.string(c.object());
        out.string(c.where());
        out.bool(c.exclusive());
        out.string(c.amount());
        out.quantity(c.quantity());
        out.string(c.purpose());
        out.strings(c.conditions());
        out.strings(c.exceptions());
        out.bound(c.effective());
        out.bounds(c.until());
        out.strings(c.supersedes());
        out.bool(c.survives());
        out.duration(c.every());
        out.due(c.due());
        out.duration(c.notice());
        out.bool(c.mutual());
        out.strings(c.aliases());
        out.strings(c.tags());
        out.string(c.text());
        out.string(c.source());
        out.count(c.evidence() == null ? 0 : c.evidence().ordinal() + 1);
        out.string(c.note());
        out.location(c.location());
    }

    /** The body of an entry, unchecked: any bytes at all give an agreement or Corrupt, nothing else. */
    public static Agreement decode(byte[] bytes) throws Corrupt {
        In in = new In(bytes, 0);
        try {
            Agreement a = decode(in);
            if (in.at != bytes.length) throw new Corrupt("trailing bytes");
            return a;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // an index out of range, a bad date, an unknown ordinal: not bytes this class wrote.
            // The errors should not happen (every size is bounded), but a cache must never be
            // the reason a file cannot be read: whatever goes wrong here is a miss.
            throw new Corrupt(e.toString());
        }
    }

    /** An agreement from where {@code in} is, up to and with its END byte. */
    private static Agreement decode(In in) throws Corrupt {
        in.raw(MAGIC);
        String id = in.string(), title = in.string();
        List<String> aliases = in.strings();
        LocalDate effective = in.date();
        List<Bound> until = in.bounds();
        Renewal renewal = in.renewal();
        List<Source> sources = new ArrayList<>();
        for (int i = in.size(); i > 0; i--) sources.add(new Source(in.string(), in.string(), in.string(), in.string(), in.string()));
        String note = in.string();
        Map<String, Party> parties = new LinkedHashMap<>();
        for (int i = in.size(); i > 0; i--) {
            Party p = new Party(in.string(), in.string(), in.strings(), in.string(), in.string(), in.location());
            parties.put(p.id(), p);
        }
        Map<String, Definition> definitions = new LinkedHashMap<>();
        for (int i = in.size(); i > 0; i--) {
            Definition d = new Definition(in.string(), in.string(), in.strings(), in.string(), in.string(),
                    in.string(), in.location());
            definitions.put(d.id(), d);
        }
        Map<String, Event> events = new LinkedHashMap<>();
        for (int i = in.size(); i > 0; i--) {
            Event e = new Event(in.string(), in.string(), in.strings(), in.date(), in.string(), in.location());
            events.put(e.id(), e);
        }
        int n = in.size();
        List<Clause> clauses = new ArrayList<>(Math.min(n, Limits.DEFAULT.maxClauses()));
        for (int i = 0; i < n; i++) clauses.add(clause(in));
        Location location = in.location();
        in.end();
        return new Agreement(id, title, aliases, effective, until, renewal, List.copyOf(sources), note,
                Collections.unmodifiableMap(parties), Collections.unmodifiableMap(definitions),
                Collections.unmodifiableMap(events), List.copyOf(clauses), location);
    }

    private static Clause clause(In in) throws Corrupt {
        return new Clause(in.string(), in.string(), in.string(), modality(in.count()), Polarity.values()[in.count()], in.strings(),
                in.strings(), in.string(), in.string(), in.string(), in.bool(), in.string(), in.quantity(), in.string(),
                in.strings(), in.strings(), in.bound(), in.bounds(), in.strings(), in.bool(), in.duration(), in.due(),
                in.duration(), Boolean.TRUE.equals(in.bool()), in.strings(),
                in.strings(), in.string(), in.string(), evidence(in.count()), in.string(), in.location());
    }

    private static Modality modality(int n) {
        return n == 0 ? null : Modality.values()[n - 1];
    }

    private static Evidence evidence(int n) {
        return n == 0 ? null : Evidence.values()[n - 1];
    }

    private static final class Out {
        /** The bytes so far, in a growing array: a ByteArrayOutputStream locks on every byte it is given. */
        private byte[] bytes;
        private int size;
        private final Map<String, Integer> seen = new HashMap<>();

        Out(int expected) {
            bytes = new byte[Math.max(1 << 16, expected)];
        }

        void raw(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        private void room(int n) {
            if (bytes.length - size < n) bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + n));
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }

        /** Room for {@code n} bytes, filled in later by {@link #fixedAt}; where they begin. */
        int reserve(int n) {
            room(n);
            size += n;
            return size - n;
        }

        /**
         * A number in four bytes at {@code at}, within what was reserved: where a reader must skip
         * ahead without reading what is between.
         */
        void fixedAt(int at, int n) {
            bytes[at] = (byte) (n >>> 24);
            bytes[at + 1] = (byte) (n >>> 16);
            bytes[at + 2] = (byte) (n >>> 8);
            bytes[at + 3] = (byte) n;
        }

        void bytes(byte[] b) {
            count(b.length);
            raw(b);
        }

        void count(int n) {
            while ((n & ~0x7f) != 0) {
                write((n & 0x7f) | 0x80);
                n >>>= 7;
            }
            write(n);
        }

        /** 0: null; 2k+1: the k-th string seen before; 2k+2: a new string of k UTF-8 bytes follows. */
        void string(String s) {
            if (s == null) {
                count(0);
                return;
            }
            Integer k = seen.get(s);
            if (k != null) {
                count(2 * k + 1);
                return;
            }
            seen.put(s, seen.size());
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            count(2 * b.length + 2);
            raw(b);
        }

        void strings(List<String> list) {
            count(list.size());
            for (String s : list) string(s);
        }

        void bool(Boolean b) {
            count(b == null ? 0 : b ? 2 : 1);
        }

        void date(LocalDate d) {
            if (d == null) count(0);
            else count((int) (d.toEpochDay() - DAY_ZERO) + 1);
        }

        void bound(Bound b) {
            if (b == null) {
                count(0);
            } else if (b instanceof Bound.OnDate d) {
                count(1);
                date(d.date());
            } else if (b instanceof Bound.OnEvent e) {
                count(2);
                string(e.event());
            } else if (b instanceof Bound.Relative r) {
                count(r.before() ? 4 : 3);
                duration(r.offset());
                bound(r.from());
            } else if (b instanceof Bound.Start) {
                count(5);
            } else if (b instanceof Bound.End) {
                count(6);
            } else {
                throw new AssertionError(b);
            }
        }

        /** 0: null; else the unit's ordinal + 1, then the count. */
        void duration(Duration d) {
            if (d == null) {
                count(0);
                return;
            }
            count(d.unit().ordinal() + 1);
            count(d.count());
        }

        void due(Due d) {
            if (d == null) count(0);
            else if (d instanceof Due.By b) {
                count(1);
                bound(b.when());
            } else if (d instanceof Due.DayOfPeriod p) {
                count(2);
                count(p.day());
            } else if (d instanceof Due.AfterEachPeriod a) {
                count(3);
                duration(a.within());
            } else {
                throw new AssertionError(d);
            }
        }

        void quantity(Quantity q) {
            if (q == null) {
                count(0);
                return;
            }
            count(1);
            string(q.number().toString());
            string(q.unit());
            string(q.per());
            string(q.of());
        }

        void renewal(Renewal r) {
            if (r == null) {
                count(0);
                return;
            }
            count(1);
            bool(r.automatic());
            duration(r.term());
            count(r.times() == null ? 0 : r.times() + 1);
            duration(r.notice());
            strings(r.by());
            string(r.unless());
            string(r.text());
            string(r.source());
            location(r.location());
        }

        void bounds(List<Bound> list) {
            count(list.size());
            for (Bound b : list) bound(b);
        }

        void location(Location l) {
            string(l.file());
            count(l.line());
            count(l.column());
        }
    }

    private static final class In {
        private final byte[] b;
        private int at;
        private final List<String> seen = new ArrayList<>();

        In(byte[] b, int at) {
            this.b = b;
            this.at = at;
        }

        /** The bytes of a marker (MAGIC, TABLES), or Corrupt. */
        void raw(byte[] marker) throws Corrupt {
            if (b.length - at < marker.length) throw new Corrupt("too short");
            for (int i = 0; i < marker.length; i++) if (b[at + i] != marker[i]) throw new Corrupt("not a model");
            at += marker.length;
        }

        void end() throws Corrupt {
            if (at >= b.length || b[at] != END) throw new Corrupt("no end");
            at++;
        }

        int count() {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte x = b[at++];
                n |= (x & 0x7f) << shift;
                if (x >= 0) return n;
                if (shift > 21) throw new IllegalStateException("count too long");
            }
        }

        int left() {
            return b.length - at;
        }

        int fixed() {
            if (left() < 4) throw new IllegalStateException("past the end");
            int n = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
            at += 4;
            if (n < 0) throw new IllegalStateException("a negative offset");
            return n;
        }

        void skip(int n) {
            at += n;
        }

        byte[] bytes() {
            int n = size();
            byte[] out = java.util.Arrays.copyOfRange(b, at, at + n);
            at += n;
            return out;
        }

        /** A count of things that follow, each at least a byte: never more than the bytes left. */
        int size() {
            int n = count();
            if (n < 0 || n > b.length - at) throw new IllegalStateException("count past the end");
            return n;
        }

        String string() {
            int tag = count();
            if (tag == 0) return null;
            if ((tag & 1) == 1) return seen.get(tag >>> 1);
            int length = (tag - 2) >>> 1;
            if (length < 0 || length > b.length - at) throw new IllegalStateException("string past the end");
            String s = new String(b, at, length, StandardCharsets.UTF_8);
            at += length;
            seen.add(s);
            return s;
        }

        List<String> strings() {
            int n = size();
            if (n == 0) return List.of();
            String[] out = new String[n];
            for (int i = 0; i < n; i++) out[i] = string();
            return List.of(out);
        }

        Boolean bool() {
            int n = count();
            return n == 0 ? null : n == 2;
        }

        LocalDate date() {
            int n = count();
            return n == 0 ? null : LocalDate.ofEpochDay(n - 1 + DAY_ZERO);
        }

        Bound bound() {
            return switch (count()) {
                case 0 -> null;
                case 1 -> new Bound.OnDate(date());
                case 2 -> new Bound.OnEvent(string());
                case 3 -> new Bound.Relative(duration(), false, bound());
                case 4 -> new Bound.Relative(duration(), true, bound());
                case 5 -> new Bound.Start();
                case 6 -> new Bound.End();
                default -> throw new IllegalStateException("bad bound");
            };
        }

        Duration duration() {
            int unit = count();
            if (unit == 0) return null;
            return new Duration(count(), Duration.Unit.values()[unit - 1]);
        }

        Due due() {
            return switch (count()) {
                case 0 -> null;
                case 1 -> new Due.By(bound());
                case 2 -> new Due.DayOfPeriod(count());
                case 3 -> new Due.AfterEachPeriod(duration());
                default -> throw new IllegalStateException("bad due");
            };
        }

        Quantity quantity() {
            if (count() == 0) return null;
            return new Quantity(new java.math.BigDecimal(string()), string(), string(), string());
        }

        Renewal renewal() {
            if (count() == 0) return null;
            Boolean automatic = bool();
            Duration term = duration();
            int times = count();
            return new Renewal(Boolean.TRUE.equals(automatic), term, times == 0 ? null : times - 1, duration(), strings(),
                    string(), string(), string(), location());
        }

        List<Bound> bounds() {
            int n = size();
            if (n == 0) return List.of();
            Bound[] out = new Bound[n];
            for (int i = 0; i < n; i++) out[i] = bound();
            return List.of(out);
        }

        Location location() {
            return new Location(string(), count(), count());
        }
    }
}
