package dev.terms.app;

import dev.terms.load.Diagnostic;
import dev.terms.load.LoadException;
import dev.terms.model.Printable;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * How a failure is told and what status it exits with: one line (or one per diagnostic) on
 * standard error. The command line and the session's lines both go through it.
 */
public final class Failures {

    private Failures() {}

    /** The one place failures become exit statuses. */
    public static int handle(Throwable ex, Io io, boolean debug) {
        PrintWriter err = io.err();
        if (ex instanceof LoadException le) {
            for (Diagnostic d : le.diagnostics()) {
                err.println(d.location().line() == 0 ? Printable.line(d.location().file()) + ": " + d.message() : d.toString());
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
