package dev.terms.load;

import dev.terms.model.Location;
import java.util.Comparator;

/** One problem found in a terms file, located, with a stable code. */
public record Diagnostic(Location location, Severity severity, String code, String message) {

    /** One line each, whatever the file held: control characters in quoted values are escaped. */
    public Diagnostic {
        message = printable(message);
    }

    static String printable(String s) {
        return dev.terms.model.Printable.line(s);
    }

    public enum Severity {
        ERROR, WARNING;

        public String word() {
            return this == ERROR ? "error" : "warning";
        }
    }

    /** By location, then message. Written out: Comparator.comparing's lambdas are made at run time, not archived (bench/README.md). */
    public static final Comparator<Diagnostic> ORDER = (x, y) -> {
        int c = x.location().compareTo(y.location());
        return c != 0 ? c : x.message().compareTo(y.message());
    };

    public static Diagnostic error(Location at, String code, String message) {
        return new Diagnostic(at, Severity.ERROR, code, message);
    }

    /**
     * {@code FILE:LINE:COLUMN: message}, the form compilers and editors understand: how every
     * diagnostic is printed for people, wherever it is printed.
     */
    @Override
    public String toString() {
        return location + ": " + message;
    }

    /** {@code FILE:LINE:COLUMN: severity[code]: message}: the same with its severity and code ({@code terms check}). */
    public String detailed() {
        return location + ": " + severity.word() + "[" + code + "]: " + message;
    }
}
