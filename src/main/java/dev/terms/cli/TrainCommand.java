package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Io;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * Runs typical commands on a sample agreement shipped in the jar, with the output discarded: the
 * launcher's training run, so the JVM's class data archive holds what a real run loads.
 */
@Command(name = "train", hidden = true, description = "Exercise typical commands (for the launcher's class archive).")
final class TrainCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    TermsCommand root;

    /**
     * A mix of questions and commands, none of them the question bench/run.sh times (an archive
     * trained on exactly the measured run would flatter it; TrainingTest checks they differ).
     */
    private static final List<List<String>> RUNS = List.of(
            List.of("ask", "Who must supply the base quantity?", "-o", "json"),
            List.of("ask", "Who owes confidentiality?", "-o", "json"),
            List.of("ask", "Can Acme compete with Globex?", "-o", "json"),
            List.of("ask", "Who may distribute in Europe?", "-o", "json"),
            List.of("ask", "May Globex resell widgets in Europe?", "-o", "json"),
            List.of("ask", "Is Globex's exclusivity still in force?"),
            List.of("who", "holds", "the", "rofr"),
            List.of("where", "may", "globex", "distribute"),
            List.of("when", "does", "the", "price", "cap", "end", "-o", "ndjson"),
            List.of("clauses", "-o", "table"),
            List.of("show", "base", "-o", "yaml"),
            List.of("parties"),
            List.of("search", "launch"),
            List.of("timeline"),
            List.of("check"),
            List.of("no-such-command"),
            List.of("ask", "--help"));

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("terms-train");
        Path file = dir.resolve("terms.yaml");
        Path source = dir.resolve("train-source.txt");
        try {
            copy("train.yaml", file);
            copy("train-source.txt", source);
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            // a model cache of its own: the first run parses and writes the entry, the others read
            // it, as real runs do; the user's cache is not touched
            Map<String, String> env = new HashMap<>(root.io().env());
            env.remove("TERMS_NO_CACHE");
            env.put("TERMS_CACHE_DIR", dir.resolve("cache").toString());
            Io io = new Io(new BufferedReader(new StringReader("")), sink, sink, false, env, dir, Io::systemToday);
            for (List<String> run : RUNS) Cli.run(io, run.toArray(String[]::new));
        } finally {
            try (Stream<Path> left = Files.walk(dir)) {
                for (Path p : left.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        return Exit.OK;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = TrainCommand.class.getResourceAsStream("/dev/terms/" + resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            Files.write(to, in.readAllBytes());
        }
    }
}
