package dev.terms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.terms.answer.Engine;
import dev.terms.answer.Result;
import dev.terms.load.Diagnostic;
import dev.terms.load.LoadException;
import dev.terms.load.ModelCodec;
import dev.terms.load.TermsLoader;
import dev.terms.model.Corpus;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import dev.terms.render.Data;
import dev.terms.render.Format;
import dev.terms.render.Style;
import dev.terms.render.TextRender;
import dev.terms.render.Views;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * Fuzz targets (Jazzer). In a plain `mvn test` they replay their seeds and past findings from
 * src/test/resources/dev/terms/FuzzTargetsInputs; with JAZZER_FUZZ=1 they fuzz, for a bounded
 * time (CI runs each for about a minute; see .ci/run). Any exception but a LoadException from
 * the loader, any but Corrupt from the model cache's decoder, or any exception at all from the
 * engine, is a finding.
 */
class FuzzTargets {

    private static final Corpus CORPUS = corpus();
    private static final Engine ENGINE = new Engine(CORPUS);
    private static final QueryParser PARSER = new QueryParser(new Vocabulary(CORPUS.agreements()));
    private static final PrintWriter SINK = new PrintWriter(Writer.nullWriter());

    private static Corpus corpus() {
        try {
            return new Corpus(List.of(new TermsLoader().load(Run.ROOT.resolve("terms.yaml"), "terms.yaml"),
                    new TermsLoader().load(Run.RESOURCES.resolve("agreements/aws-customer-agreement.yaml"), "aws.yaml")));
        } catch (LoadException e) {
            throw new AssertionError(e);
        }
    }

    /** One file per fuzzing JVM, rewritten for every input: the loader is fed as the command line feeds it. */
    private static final java.nio.file.Path FILE = fuzzFile();

    private static java.nio.file.Path fuzzFile() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("terms-fuzz");
            dir.toFile().deleteOnExit();
            java.nio.file.Path f = dir.resolve("fuzz.yaml");
            f.toFile().deleteOnExit();
            return f;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Through the real file path (bounded reading, the cache's size test) and in memory: both give
     * the same agreement, or the same located problems, each one line.
     */
    @FuzzTest(maxDuration = "60s")
    void loader(byte[] bytes) throws java.io.IOException {
        java.nio.file.Files.write(FILE, bytes);
        String fromFile = outcome(() -> new TermsLoader().load(FILE, "fuzz.yaml", null));
        String inMemory = outcome(() -> new TermsLoader().parse(bytes, "fuzz.yaml"));
        org.junit.jupiter.api.Assertions.assertEquals(inMemory, fromFile);
    }

    interface Loading {
        dev.terms.model.Agreement load() throws LoadException;
    }

    /** The agreement, or the problems: any other exception escapes, and is a finding. */
    private static String outcome(Loading loading) {
        try {
            return loading.load().toString();
        } catch (LoadException e) {
            // refused: with located problems, each one line
            assertFalse(e.diagnostics().isEmpty());
            for (Diagnostic d : e.diagnostics()) {
                assertTrue(d.location().line() >= 1 && d.location().column() >= 1, d.toString());
                assertFalse(d.message().contains("\n"), d.toString());
            }
            return e.diagnostics().toString();
        }
    }

    /** Any bytes decode to an agreement or are Corrupt: no other exception, no exhausted heap. */
    @FuzzTest(maxDuration = "60s")
    void modelDecoder(byte[] bytes) {
        try {
            ModelCodec.decode(bytes);
        } catch (ModelCodec.Corrupt e) {
            // a cache miss
        }
    }

    @FuzzTest(maxDuration = "60s")
    void question(FuzzedDataProvider data) {
        String question = data.consumeRemainingAsString();
        Result r = ENGINE.answer(PARSER.parse(question, Run.TODAY));
        Data.write(Views.result(CORPUS, r, true), Format.JSON, SINK);
        new TextRender(CORPUS, Style.PLAIN, SINK).result(r, true);
    }
}
