package dev.terms.app;

import dev.terms.answer.Engine;
import dev.terms.load.Diagnostic;
import dev.terms.load.LoadException;
import dev.terms.load.ModelCache;
import dev.terms.load.TermsFiles;
import dev.terms.load.TermsLoader;
import dev.terms.model.Agreement;
import dev.terms.model.Corpus;
import dev.terms.model.Printable;
import dev.terms.question.QueryParser;
import dev.terms.render.Fields;
import dev.terms.render.Format;
import dev.terms.render.Renderer;
import dev.terms.render.View;
import dev.terms.render.Style;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one command line resolves to: the files, the loaded agreements, the date and the output
 * settings. Built from the global options; loads nothing until a command asks for the corpus.
 */
public final class Workspace {

    private final Io io;
    private final Options options;
    private final Corpora cache;
    private Corpora.Loaded loaded;

    public Workspace(Io io, Options options, Corpora cache) {
        this.options = options;
        this.cache = cache;
        this.io = safe(io, style(io).color());
    }

    /**
     * The streams every command writes to, through {@link Printable#filter}: whatever a terms
     * file holds, its escapes and bidi controls are shown escaped, never acted on (JSON and
     * YAML are unchanged by it: they hold no raw controls, and a \\u escape in a JSON string is
     * the same string).
     */
    private static Io safe(Io io, boolean colour) {
        return new Io(io.in(), filtered(io.out(), colour, false), filtered(io.err(), false, true), io.terminal(), io.env(),
                io.cwd(), io.today());
    }

    private static PrintWriter filtered(PrintWriter to, boolean colour, boolean autoFlush) {
        return new PrintWriter(Printable.filter(to, colour), autoFlush) {
            @Override
            public boolean checkError() {
                flush();
                return to.checkError(); // the stream's own flag: this one never sees a failure
            }
        };
    }

    public Io io() {
        return io;
    }

    /** The format asked for: -o, or json when --json, --jq or --fields (alone) ask for data. */
    public Format format() {
        if (options.json() || options.jq() != null || options.fields() != null && options.format() == null) return Format.JSON;
        if (options.format() == null) return Format.TEXT;
        return format(options.format());
    }

    /** A format's word (-o, the session's {@code set format}); a word that is none lists them. */
    public static Format format(String word) {
        Format f = Format.of(word);
        if (f == null) {
            throw new TermsException(Exit.USAGE, "unknown format '" + word + "'; use one of " + String.join(", ", Format.words()));
        }
        return f;
    }

    public LocalDate asOf() {
        return asOf(options.asOf(), io);
    }

    /** An as-of date (--as-of, the session's {@code set as-of}): YYYY-MM-DD or {@code today}, the default. */
    public static LocalDate asOf(String value, Io io) {
        if (value == null || value.equals("today")) return io.today().get();
        return date("--as-of", value);
    }

    /** A date option: strict YYYY-MM-DD; null when not given. */
    public static LocalDate date(String option, String value) {
        if (value == null) return null;
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("", value, 0);
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TermsException(Exit.USAGE, "bad " + option + " '" + value + "': expected a date YYYY-MM-DD"
                    + (option.equals("--as-of") ? " or 'today'" : ""));
        }
    }

    /**
     * Prints a view in the chosen format: the data formats through --fields and --jq when given.
     * A format the view cannot be printed in is a usage error that names those it can.
     */
    public void print(View view) {
        Format f = format();
        Renderer renderer = Renderer.of(f);
        if (!renderer.accepts(view)) {
            List<String> can = Renderer.formats(view);
            throw new TermsException(Exit.USAGE, options.command() + " cannot print -o " + f.word() + "; it prints "
                    + String.join(", ", can.subList(0, can.size() - 1)) + " or " + can.get(can.size() - 1));
        }
        PrintWriter out = io.out();
        if (f.structured()) {
            View picked = picked(view);
            if (options.jq() != null) Jq.run(options.jq(), picked.data(), out);
            else renderer.render(picked, new View.Page(out, style(), io.terminal()));
        } else {
            renderer.render(view, new View.Page(out, style(), io.terminal()));
        }
        out.flush();
    }

    /**
     * --fields: only the named fields of each object, in the order given, nested ones as {@code
     * a.b}; a name that is not one of the view's documented fields lists them.
     */
    private View picked(View view) {
        List<String> names = options.fields();
        if (names == null) return view;
        String unknown = view.fields().unknown(names);
        if (unknown != null) {
            List<String> known = view.fields().paths();
            String near = dev.terms.model.Words.nearest(unknown, known);
            throw new TermsException(Exit.USAGE, "unknown field '" + unknown + "'; the fields are " + String.join(", ", known)
                    + (near != null ? "; did you mean '" + near + "'?" : ""));
        }
        if (view instanceof View.Listed l) {
            return new View.PickedList(l.items().stream().map(x -> Fields.pick(x, names)).toList(), view.fields());
        }
        return new View.Picked(Fields.pick(view.data(), names), view.fields());
    }

    public Style style() {
        return style(io);
    }

    private Style style(Io io) {
        boolean on = options.color() != null ? options.color() : io.terminal();
        // NO_COLOR and a dumb terminal set the default; an explicit --color or --no-color wins (no-color.org)
        if (options.color() == null && (io.env("NO_COLOR") != null || "dumb".equals(io.env("TERM")))) on = false;
        return new Style(on);
    }

    public boolean debug() {
        return options.debug();
    }

    private dev.terms.quote.Quotations quotations;

    /** The clauses' quotations looked for in their sources' texts, each text read once per command. */
    public dev.terms.quote.Quotations quotations() {
        if (quotations == null) quotations = new dev.terms.quote.Quotations(io.cwd(), this::shown);
        return quotations;
    }

    /** Where a clause's quotation stands in its contract's text, for answers to cite; null when not found. */
    public java.util.function.Function<Corpus.Item, dev.terms.model.Location> quoted() {
        return it -> quotations().at(it.agreement(), it.clause());
    }

    public Corpus corpus() throws LoadException {
        return loaded().corpus();
    }

    public Engine engine() throws LoadException {
        return loaded().engine();
    }

    public QueryParser parser() throws LoadException {
        return loaded().parser();
    }

    /** Loaded once per command; in a session, once per change of the files on disk. */
    private Corpora.Loaded loaded() throws LoadException {
        if (loaded == null) {
            Corpora.Reader reader = paths -> new Corpus(narrow(load(paths)));
            loaded = cache != null ? cache.get(files(), reader, io.err()) : Corpora.once(files(), reader);
        }
        return loaded;
    }

    /** The agreements in the given files (for diff BEFORE AFTER), narrowed by --agreement like the rest. */
    public Corpus corpus(List<String> paths) throws LoadException {
        return new Corpus(narrow(load(paths.stream().map(p -> io.cwd().resolve(p)).toList())));
    }

    private List<Agreement> narrow(List<Agreement> agreements) {
        if (options.agreement() == null) return agreements;
        List<Agreement> out = agreements.stream().filter(a -> a.id().equals(options.agreement())).toList();
        if (out.isEmpty()) {
            List<String> ids = agreements.stream().map(Agreement::id).toList();
            String near = dev.terms.model.Words.nearest(options.agreement(), ids);
            throw new TermsException(Exit.USAGE, "no agreement '" + options.agreement() + "' is loaded"
                    + (near != null ? "; did you mean '" + near + "'?" : "; loaded: " + String.join(", ", ids)));
        }
        return out;
    }


    /** -f (repeatable; a directory means its terms files, see TermsFiles), else $TERMS_FILE, else terms.yaml here or above. */
    public List<Path> files() {
        List<String> given = new ArrayList<>(options.files());
        if (given.isEmpty() && io.env("TERMS_FILE") != null) given.add(io.env("TERMS_FILE"));
        List<Path> out = new ArrayList<>();
        for (String g : given) {
            Path p = io.cwd().resolve(g);
            if (Files.isDirectory(p)) {
                List<Path> inside;
                try {
                    inside = TermsFiles.inDirectory(p);
                } catch (IOException e) {
                    throw new TermsException(Exit.NO_INPUT, g + ": cannot list directory: " + e.getMessage());
                }
                // a directory given is a promise of terms files: none is an error, not an empty result
                if (inside.isEmpty()) {
                    throw new TermsException(Exit.NO_INPUT, g + ": no terms file in this directory (*.yaml or *.yml)");
                }
                out.addAll(inside);
            } else {
                out.add(p);
            }
        }
        if (!given.isEmpty()) return out;
        for (Path dir = io.cwd().toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("terms.yaml");
            if (Files.isRegularFile(candidate)) return List.of(candidate);
        }
        throw new TermsException(Exit.NO_INPUT, "no terms file: give -f FILE, set TERMS_FILE, or run where a "
                + "terms.yaml is (searched from " + io.cwd().toAbsolutePath() + " upwards)");
    }

    private List<Agreement> load(List<Path> paths) throws LoadException {
        TermsLoader.Loading r = read(paths);
        if (!r.diagnostics().isEmpty()) throw LoadException.of(r.diagnostics(), r.unreadable());
        return r.agreements();
    }

    /** Reads every file, going on past a bad one, so that all problems are reported together. */
    public TermsLoader.Loading read(List<Path> paths) {
        return new TermsLoader().loadAll(paths, this::shown, ModelCache.from(io::env));
    }

    /** A path as the user would write it: relative to the working directory when inside it. */
    public String shown(Path p) {
        Path cwd = io.cwd().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
