package dev.terms.cli;

import dev.terms.app.Io;
import java.util.List;

/**
 * The interactive session, as the command tree sees it: {@code terms repl} and {@code terms} on
 * a terminal start it. Implemented by the repl package and handed in by {@code Main}, so the
 * commands know nothing of JLine and one-shot runs never load it.
 */
public interface Interactive {
    int start(Io io, List<String> files);
}
