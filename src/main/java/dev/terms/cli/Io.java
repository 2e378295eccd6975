package dev.terms.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The streams and surroundings a command runs in. Only {@code Main} builds one from the real
 * process; tests build one from buffers, as terminal or as pipe.
 */
public record Io(BufferedReader in, PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env,
        Path cwd, Supplier<LocalDate> today) {

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
