package dev.terms.load;

import java.io.IOException;

/** Test access to the loader's wording of I/O failures. */
public final class LoadReasons {
    private LoadReasons() {}

    public static String reason(IOException e) {
        return TermsFiles.reason(e);
    }
}
