package dev.terms.load;

import dev.terms.model.Agreement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads terms files (format version 1) into the model: {@link TermsFiles} reads the bytes,
 * {@link YamlReader} (or {@link JsonReader}, for a {@code .json} file) parses them onto a
 * {@link Tape}, {@link Decoder} makes the model's parts of it and {@link References} checks
 * what holds between them. Every problem is collected, located and reported together; nothing
 * is loaded unless the file is valid. A loader holds only its limits: nothing is kept from one
 * call to the next.
 */
public final class TermsLoader {

    public static final int VERSION = Decoder.VERSION;

    private final Limits limits;

    /** Reference errors that leave the timeline sound: a name that resolves to nothing, dates out of order. */
    private static final java.util.Set<String> HARMLESS = java.util.Set.of("reference", "until-before-effective");

    public TermsLoader(Limits limits) {
        this.limits = limits;
    }

    public TermsLoader() {
        this(Limits.DEFAULT);
    }

    /** What reading one file gave. */
    public record Outcome(Agreement agreement, Checkable checkable, List<Diagnostic> diagnostics, boolean unreadable) {}

    /**
     * An agreement check may look at: the file's whole agreement, or (when it has errors) the
     * part that decoded cleanly; {@code whole} says which, as rules about what is unused need
     * every clause.
     */
    public record Checkable(Agreement agreement, boolean whole) {}

    /**
     * What reading some files gave: the agreements of the valid ones, every diagnostic of all of
     * them (one agreement id in two files included), sorted, and what check may look at.
     */
    public record Loading(List<Agreement> agreements, List<Diagnostic> diagnostics, boolean unreadable,
            List<Checkable> checkable) {
        public Loading {
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        }
    }

    /** Reads every file, going on past a bad one, so that all problems are reported together. */
    public Loading loadAll(List<Path> paths, Function<Path, String> shown, ModelCache cache) {
        List<Agreement> agreements = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Checkable> checkable = new ArrayList<>();
        boolean unreadable = false;
        Map<String, String> ids = new HashMap<>();
        for (Path p : paths) {
            String name = shown.apply(p);
            Outcome o = read(p, name, cache);
            diagnostics.addAll(o.diagnostics());
            unreadable |= o.unreadable();
            if (o.checkable() != null) checkable.add(o.checkable());
            Agreement a = o.agreement();
            if (a == null) continue;
            String first = ids.putIfAbsent(a.id(), name);
            if (first != null) {
                diagnostics.add(Diagnostic.error(a.location(), "duplicate-agreement",
                        "agreement id '" + a.id() + "' is also the id of " + first));
            }
            agreements.add(a);
        }
        return new Loading(agreements, diagnostics, unreadable, checkable);
    }

    /** Loads {@code path}, naming it in locations as {@code shown} (the path as the user gave it). */
    public Agreement load(Path path, String shown) throws LoadException {
        return load(path, shown, null);
    }

    /** As {@link #load(Path, String)}, through {@code cache} (when not null) for large files. */
    public Agreement load(Path path, String shown, ModelCache cache) throws LoadException {
        Outcome o = read(path, shown, cache);
        if (o.agreement() == null) throw new LoadException(o.diagnostics(), o.unreadable());
        return o.agreement();
    }

    /** One file, through {@code cache} (when not null) for large files; never throws. */
    public Outcome read(Path path, String shown, ModelCache cache) {
        byte[] bytes;
        try {
            long size = TermsFiles.size(path, shown, limits);
            if (cache != null && size >= ModelCache.LARGE_BYTES) {
                Agreement cached = cache.find(path, shown, limits.maxFileBytes());
                if (cached != null) return new Outcome(cached, new Checkable(cached, true), List.of(), false);
            }
            bytes = TermsFiles.read(path, shown, limits);
        } catch (LoadException e) {
            return new Outcome(null, null, e.diagnostics(), e.unreadable());
        }
        if (cache != null && bytes.length < ModelCache.LARGE_BYTES) {
            Agreement cached = cache.find(bytes, shown);
            if (cached != null) return new Outcome(cached, new Checkable(cached, true), List.of(), false);
        }
        Outcome o = parsed(bytes, shown);
        if (cache != null && o.agreement() != null) {
            cache.put(bytes, path, shown, o.agreement());
        }
        return o;
    }

    /** The agreement in {@code bytes}, named {@code shown} in locations. */
    public Agreement parse(byte[] bytes, String shown) throws LoadException {
        Outcome o = parsed(bytes, shown);
        if (o.agreement() == null) throw new LoadException(o.diagnostics(), false);
        return o.agreement();
    }

    private Outcome parsed(byte[] bytes, String shown) {
        Tape tape;
        try {
            if (TermsFiles.isJson(shown)) {
                tape = new JsonReader(shown, limits).parse(bytes);
            } else {
                YamlReader reader = new YamlReader(shown, limits);
                tape = reader.parse(reader.decode(bytes));
            }
        } catch (LoadException e) {
            return new Outcome(null, null, e.diagnostics(), false);
        }
        Problems problems = new Problems();
        Draft draft = Decoder.decode(tape, limits, problems);
        if (draft == null) return new Outcome(null, null, problems.all(), false);
        int decoded = problems.count();
        References.check(draft, problems);
        if (!problems.any() && !draft.structural()) {
            Agreement a = draft.agreement();
            return new Outcome(a, new Checkable(a, true), List.of(), false);
        }
        // check walks the timeline, which assumes what References guarantees: a file whose
        // references found a cycle (a supersession, an end counted from itself) is not checked
        boolean sound = problems.all().subList(decoded, problems.count()).stream()
                .allMatch(d -> HARMLESS.contains(d.code()));
        Agreement partial = sound ? draft.partial() : null;
        return new Outcome(null, partial == null ? null : new Checkable(partial, !draft.structural()), problems.all(),
                false);
    }
}
