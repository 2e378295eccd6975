package dev.terms.bench;

import dev.terms.answer.Engine;
import dev.terms.answer.Result;
import dev.terms.load.LoadException;
import dev.terms.load.TermsLoader;
import dev.terms.model.Agreement;
import dev.terms.model.Corpus;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine's costs on a generated portfolio (bench/generate.py): loading the YAML, building
 * the engine ({@code new Engine}: the index of short fields; the text's index is built on the
 * first question, on a second thread from 20,000 clauses), a fresh engine's first question, and
 * a question once warm (the same engine, its per-clause words already made). Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {

    @Param({"1000", "10000"})
    public int clauses;

    private byte[] yaml;
    private Corpus corpus;
    private Engine engine;
    private QueryParser parser;

    @Setup
    public void setUp() throws IOException, InterruptedException, LoadException {
        Path file = Files.createTempFile("terms-bench", ".yaml");
        generate(clauses, file);
        yaml = Files.readAllBytes(file);
        Files.delete(file);
        corpus = new Corpus(List.of(load()));
        engine = new Engine(corpus);
        parser = new QueryParser(new Vocabulary(corpus.agreements()));
    }

    /** Writes a portfolio of {@code clauses} generated clauses (bench/generate.py) to {@code file}. */
    static void generate(int clauses, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "bench/generate.py", String.valueOf(clauses), file.toString())
                .inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("bench/generate.py failed");
    }

    private Agreement load() throws LoadException {
        return new TermsLoader().parse(yaml, "bench.yaml");
    }

    @Benchmark
    public Agreement loadFile() throws LoadException {
        return load();
    }

    @Benchmark
    public Engine buildIndex() {
        return new Engine(corpus);
    }

    /** What a one-shot run pays once loaded: a new engine and its first question, the lazy parts included. */
    @Benchmark
    public Result buildAndFirstQuestion() {
        return new Engine(corpus).answer(parser.parse(QUESTION, DAY));
    }

    /** Warm: one engine for every call, so its caches have filled in the warm-up. */
    @Benchmark
    public Result askOneQuestion() {
        return engine.answer(parser.parse(QUESTION, DAY));
    }

    private static final String QUESTION = "who must supply gadgets in asia under c17-payment";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
}
