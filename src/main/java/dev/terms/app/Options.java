package dev.terms.app;

import java.util.List;

/**
 * The global options of one command line, as values: what the front end parsed, handed to the
 * {@link Workspace} so that it knows nothing of how they were given (picocli's annotated fields,
 * a session's settings). {@code command}: the command's name as messages name it ("timeline"; "terms"
 * for the root).
 */
public record Options(String command, List<String> files, String agreement, String format, boolean json, String jq,
        List<String> fields, String asOf, Boolean color, boolean debug) {

    public Options {
        files = List.copyOf(files);
        fields = fields == null ? null : List.copyOf(fields);
    }
}
