package dev.terms.app;

/** The exit statuses, one table for the whole tool (see the README). */
public final class Exit {
    public static final int OK = 0;
    /** No answer, nothing matched (as grep). */
    public static final int NO_MATCH = 1;
    public static final int USAGE = 2;
    /** sysexits EX_DATAERR: the terms file is invalid. */
    public static final int INVALID = 65;
    /** sysexits EX_NOINPUT: the terms file is missing or unreadable. */
    public static final int NO_INPUT = 66;
    /** sysexits EX_SOFTWARE: an internal error. */
    public static final int INTERNAL = 70;
    /** sysexits EX_IOERR: standard output could not be written (a full disk, a closed descriptor). */
    public static final int IO_ERROR = 74;

    private Exit() {}
}
