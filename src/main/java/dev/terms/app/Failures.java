package dev.terms.app;

import dev.terms.load.Diagnostic;
import dev.terms.load.LoadException;
import dev.terms.model.Printable;
import dev.terms.model.Location;
import dev.terms.render.Data;
import dev.terms.render.Format;
import dev.terms.render.Views;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a failure is told and what status it exits with: one line (or one per diagnostic) on
 * standard error. The command line and the session's lines both go through it.
 */
public final class Failures {

    private Failures() {}

    /** The one place failures become exit statuses. */
    public static int handle(Throwable ex, Io io, boolean debug) {
        return handle(ex, io, debug, false);
    }

    /**
     * The same, told as one JSON object on a line of standard error when the command line asked for
     * JSON ({@code json}): see {@link #json}. The exit status is the same either way.
     */
    public static int handle(Throwable ex, Io io, boolean debug, boolean json) {
        if (!json) return text(ex, io, debug);
        int status = status(ex, io);
        if (status == Exit.OK) return status; // a closed pipe: nothing to say
        if (ex instanceof LoadException le && !le.diagnostics().isEmpty()) {
            Diagnostic first = le.diagnostics().get(0);
            json(io, first.code(), first.message(), first.location(), status, le.diagnostics());
        } else if (ex instanceof TermsException te) {
            json(io, code(status), te.getMessage(), null, status, List.of());
        } else {
            json(io, "internal", "internal error: " + ex, null, status, List.of());
            if (debug) ex.printStackTrace(io.err());
        }
        io.err().flush();
        return status;
    }

    /** The exit status a failure maps to, as {@link #text} gives it. */
    private static int status(Throwable ex, Io io) {
        if (ex instanceof LoadException le) return le.unreadable() ? Exit.NO_INPUT : Exit.INVALID;
        if (ex instanceof TermsException te) return te.status();
        if (ex instanceof UncheckedIOException && io.out().checkError()) return Exit.OK;
        return Exit.INTERNAL;
    }

    /** A stable word for each exit status a failure can have. */
    public static String code(int status) {
        return switch (status) {
            case Exit.USAGE -> "usage";
            case Exit.INVALID -> "invalid";
            case Exit.NO_INPUT -> "no-input";
            case Exit.INTERNAL -> "internal";
            case Exit.IO_ERROR -> "io-error";
            case 73 -> "cannot-create";
            case 130 -> "interrupted";
            default -> "error";
        };
    }

    /**
     * One JSON object on one line of standard error: {@code code} (a diagnostic's code, or the
     * status's word: usage, invalid, no-input, cannot-create, io-error, interrupted, internal), {@code
     * message}, {@code location} ({@code {file, line, column}}, null when the error has no place;
     * the flat {@code file}, {@code line} and {@code column} at the end are its 0.1 aliases),
     * {@code status} (the exit status) and {@code problems} (every diagnostic of a file that did not
     * load, in check's shape; empty otherwise).
     */
    public static void json(Io io, String code, String message, Location at, int status, List<Diagnostic> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("message", Printable.line(message));
        m.put("location", at == null ? null : Views.location(at));
        m.put("status", status);
        List<Object> list = new ArrayList<>();
        for (Diagnostic d : problems) list.add(Views.diagnostic(d));
        m.put("problems", list);
        m.put("file", at == null ? null : at.file()); // the 0.1 names, as 0.1 printed them, through 0.2
        m.put("line", at == null || !at.placed() ? null : at.line());
        m.put("column", at == null || !at.placed() ? null : at.column());
        Data.write(m, Format.NDJSON, io.err());
    }

    private static int text(Throwable ex, Io io, boolean debug) {
        PrintWriter err = io.err();
        if (ex instanceof LoadException le) {
            for (Diagnostic d : le.diagnostics()) {
                err.println(d);
            }
            err.flush();
            return le.unreadable() ? Exit.NO_INPUT : Exit.INVALID;
        }
        if (ex instanceof TermsException te) {
            err.println("terms: " + Printable.line(te.getMessage())); // it may quote a file's ids
            err.flush();
            return te.status();
        }
        if (ex instanceof UncheckedIOException && io.out().checkError()) return Exit.OK; // closed pipe
        err.println("terms: internal error: " + ex + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return Exit.INTERNAL;
    }
}
