package dev.terms.app;

/** A failure the user can act on: a message for standard error and the exit status it maps to. */
public final class TermsException extends RuntimeException {

    private final int status;

    public TermsException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
