package dev.terms.load;

import java.util.List;

/** A terms file that cannot be used: every problem found, sorted by location. */
public final class LoadException extends Exception {

    private final List<Diagnostic> diagnostics;
    private final boolean unreadable;

    LoadException(List<Diagnostic> diagnostics, boolean unreadable) {
        super(diagnostics.isEmpty() ? "invalid terms file" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        this.unreadable = unreadable;
    }

    /** Problems from several files, reported together. */
    public static LoadException of(List<Diagnostic> diagnostics, boolean unreadable) {
        return new LoadException(diagnostics, unreadable);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** True when the file is missing or cannot be read at all, as opposed to read and found invalid. */
    public boolean unreadable() {
        return unreadable;
    }
}
