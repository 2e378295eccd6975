package dev.terms.quote;

import dev.terms.load.Bounded;
import dev.terms.load.Limits;
import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Location;
import dev.terms.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Each clause's quotation ({@code text}) looked for in the text of its source ({@code file:}
 * in {@code agreement.sources}, relative to the terms file). Each source text is read once.
 */
public final class Quotations {

    private final Path cwd;
    private final Function<Path, String> shown;
    private final Map<Path, Object> texts = new HashMap<>();
    private final Map<Clause, Quotation> found = new IdentityHashMap<>();

    /** {@code shown}: a path as the user would write it, for locations. */
    public Quotations(Path cwd, Function<Path, String> shown) {
        this.cwd = cwd;
        this.shown = shown;
    }

    /** The source a clause quotes: the one whose id starts its {@code source} ({@code master §2.1}), else the only one. */
    public static Source source(Agreement a, Clause c) {
        if (c.source() != null) {
            String first = c.source().strip().split("[\\s,;:]", 2)[0];
            for (Source s : a.sources()) if (s.id().equals(first)) return s;
        }
        return a.sources().size() == 1 ? a.sources().get(0) : null;
    }

    /** Where the clause's quotation stands in its source's text, or null when it is not found there or cannot be looked for. */
    public synchronized Location at(Agreement a, Clause c) {
        if (c.text() == null) return null;
        Quotation q = found.computeIfAbsent(c, x -> look(a, c, false));
        return q instanceof Quotation.Found f ? f.at() : null;
    }

    /** The clause's quotation looked for, with the closest passage when it is not found. Null when the clause quotes nothing. */
    public Quotation find(Agreement a, Clause c) {
        return c.text() == null ? null : look(a, c, true);
    }

    private Quotation look(Agreement a, Clause c, boolean closest) {
        Source s = source(a, c);
        if (s == null) {
            return new Quotation.Unchecked(a.sources().isEmpty() ? "the agreement names no sources"
                    : c.source() == null ? "the clause names no source, and the agreement has several"
                    : "'" + c.source() + "' names none of the agreement's sources");
        }
        if (s.file() == null) return new Quotation.Unchecked("source '" + s.id() + "' names no file (file: its text)");
        Path file = cwd.resolve(a.location().file()).toAbsolutePath().normalize().resolveSibling(s.file()).normalize();
        Object text = texts.computeIfAbsent(file, this::read);
        if (text instanceof String why) return new Quotation.Unchecked("source '" + s.id() + "': " + why);
        SourceText source = (SourceText) text;
        SourceText.Found f = closest ? source.find(c.text()) : source.locate(c.text());
        return f.found() ? new Quotation.Found(f.at()) : new Quotation.Missing(source.file(), f.closest());
    }

    /** The file's text, or why it cannot be had. */
    private Object read(Path file) {
        String name = shown.apply(file);
        try {
            String text = new String(Bounded.read(file, Limits.DEFAULT.maxFileBytes(), true), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return new SourceText(name, text);
        } catch (NoSuchFileException e) {
            return name + ": no such file";
        } catch (Bounded.TooLarge e) {
            return name + ": more than " + Limits.DEFAULT.maxFileBytes() + " bytes";
        } catch (Bounded.NotRegular e) {
            return name + ": is " + e.getMessage() + ", not a regular file";
        } catch (IOException e) {
            return name + ": cannot be read: " + e.getMessage();
        }
    }
}
