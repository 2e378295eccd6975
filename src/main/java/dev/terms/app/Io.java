package dev.terms.app;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * The streams and surroundings a command runs in. Only {@code Main} builds one from the real
 * process; tests build one from buffers, as terminal or as pipe.
 */
public record Io(BufferedReader in, PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env,
        Path cwd, Supplier<LocalDate> today) {

    /**
     * Today in the local time zone. Through {@code java.util.TimeZone}: java.time's own zone rules
     * load and index the whole time-zone database first, ~10 ms of a 200 ms one-shot run.
     */
    public static LocalDate systemToday() {
        long now = System.currentTimeMillis();
        return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), 86_400_000L));
    }

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
