package dev.terms.app;

import dev.terms.answer.Background;
import dev.terms.answer.Engine;
import dev.terms.answer.Index;
import dev.terms.load.Diagnostic;
import dev.terms.load.Limits;
import dev.terms.load.LoadException;
import dev.terms.load.ModelCache;
import dev.terms.model.Corpus;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Loaded agreements kept between the lines of a session: re-read when a file changes on disk,
 * and when a changed file turns invalid, the last good version stays loaded (and we say so).
 */
public final class Corpora {

    // a large file's model cache entry keeps the answer index and the vocabulary's clause keys too
    static {
        List<ModelCache.Derivation> ds = new ArrayList<>(Index.DERIVATIONS);
        ds.add(Vocabulary.DERIVATION);
        ModelCache.derive(ds);
    }

    /**
     * The agreements of some files and the files' stamps (digests of their bytes) when read. What answering needs (the
     * engine's index, the question vocabulary) is built on first use: listing clauses needs neither.
     */
    public static final class Loaded {
        private final List<Path> paths;
        private final List<String> stamps;
        private final Corpus corpus;
        private final Background<Engine> engine;
        private QueryParser parser;

        Loaded(List<Path> paths, List<String> stamps, Corpus corpus) {
            this(paths, stamps, corpus, new Background<>(() -> new Engine(corpus)));
        }

        private Loaded(List<Path> paths, List<String> stamps, Corpus corpus, Background<Engine> engine) {
            this.paths = paths;
            this.stamps = stamps;
            this.corpus = corpus;
            this.engine = engine;
        }

        /** The same agreements, now standing for other stamps (a changed file that failed to load). */
        Loaded restamped(List<String> newStamps) {
            Loaded l = new Loaded(paths, newStamps, corpus, engine);
            l.parser = parser;
            return l;
        }

        public List<Path> paths() {
            return paths;
        }

        public List<String> stamps() {
            return stamps;
        }

        public Corpus corpus() {
            return corpus;
        }

        public Engine engine() {
            return engine.get();
        }

        /** The question parser; asking needs the engine next, so on a large corpus its index starts now. */
        public synchronized QueryParser parser() {
            if (parser == null) {
                engine.startIf(corpus.items().size() >= Background.FROM_CLAUSES, "terms-index");
                parser = new QueryParser(new Vocabulary(corpus.agreements()));
            }
            return parser;
        }
    }

    /** Reads the files; the loading itself belongs to the workspace. */
    public interface Reader {
        Corpus read(List<Path> paths) throws LoadException;
    }

    private volatile Loaded current; // a cancelled session line may still be loading on its own thread

    public Loaded current() {
        return current;
    }

    public void clear() {
        current = null;
    }

    /**
     * A one-shot run's files: no stamps, since nothing is read after them to compare them with (stamping
     * read each file a second time, and its channel and checksum classes start cold).
     */
    static Loaded once(List<Path> paths, Reader reader) throws LoadException {
        return new Loaded(paths, List.of(), reader.read(paths));
    }

    public Loaded get(List<Path> paths, Reader reader, PrintWriter err) throws LoadException {
        List<String> stamps = stamps(paths);
        // read the field once: a cancelled line still loading on its own thread may set it at any moment, and
        // reading it twice could hand this line the other line's files
        Loaded last = current;
        if (last != null && last.paths().equals(paths) && last.stamps().equals(stamps)) return last;
        try {
            Loaded loaded = new Loaded(paths, stamps, reader.read(paths));
            current = loaded;
            return loaded;
        } catch (LoadException e) {
            if (last == null || !last.paths().equals(paths) || e.unreadable()) throw e;
            for (Diagnostic d : e.diagnostics()) err.println(d);
            err.println("terms: the file changed and is now invalid; keeping the last good version loaded");
            err.flush();
            // remember the bad stamps, so the same problem is reported once, not on every line
            Loaded kept = last.restamped(stamps);
            current = kept;
            return kept;
        }
    }

    /**
     * What tells a changed file from the one we read: its bytes. Size and modification time are
     * not enough (cp -p, rsync -t, file systems that keep whole seconds give a changed file the
     * old ones). CRC-32, with the length: a few milliseconds for tens of megabytes from the page
     * cache, and an accidental match is a chance in four billion (not CRC-32C: its class builds
     * its tables in interpreted Java on every start). Only regular files are read, up to the size
     * limit and one byte more; anything else the loader refuses, with the reason.
     */
    private static List<String> stamps(List<Path> paths) {
        List<String> out = new ArrayList<>();
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        for (Path p : paths) {
            try {
                if (!Files.isRegularFile(p)) {
                    out.add(Files.exists(p) ? "not a regular file" : "missing");
                    continue;
                }
                CRC32 crc = new CRC32();
                long length = 0;
                try (FileChannel in = FileChannel.open(p)) {
                    for (int n; length <= Limits.DEFAULT.maxFileBytes() && (n = in.read(chunk)) >= 0; length += n) {
                        chunk.flip();
                        crc.update(chunk);
                        chunk.clear();
                    }
                }
                out.add(length + ":" + Long.toHexString(crc.getValue()));
            } catch (IOException e) {
                out.add("unreadable");
            }
        }
        return out;
    }
}
