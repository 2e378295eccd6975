package dev.terms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher's class archive is trained by `terms train` on a mix of runs; bench/run.sh times
 * start-up (through bench/ab.py) on a question that must not be among them, or the archive would
 * flatter the figure.
 */
class TrainingTest {

    @Test
    void theTimedQuestionIsNotATrainingRun() throws IOException {
        String bench = Files.readString(Run.ROOT.resolve("bench/ab.py"));
        Matcher m = Pattern.compile("QUESTION = \\[\"ask\", \"([^\"]+)\", \"-o\", \"json\"\\]").matcher(bench);
        assertTrue(m.find(), "bench/ab.py's timed question (bench/run.sh's target 1) not found");
        String timed = m.group(1);
        String training = Files.readString(Run.ROOT.resolve("src/main/java/dev/terms/cli/TrainCommand.java"));
        assertFalse(training.toLowerCase(Locale.ROOT).contains(timed.toLowerCase(Locale.ROOT)),
                "TrainCommand trains on the question bench/run.sh times: " + timed);
        assertEquals(0, Run.terms("train").status(), "the training run itself works");
    }
}
