package dev.terms.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.load.TermsLoader;
import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Format 1.1 reads every version 1 file as version 1 did: none of 1.1's fields is set, and the
 * same bytes marked {@code version: 1.1} load to an equal agreement, so every answer is the same
 * whichever version the file says. Every version 1 file in the repository and in ../shared.
 */
class VersionOneTest {

    /** A JSON terms file's version 1: {@code "version": 1}, as the first key or any other. */
    private static final java.util.regex.Pattern JSON_V1 = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*1(?=\\s*[,}])");

    /**
     * Every version 1 terms file, YAML or JSON: the repository's own (the bundled file, the tests', the
     * acceptance agreements, the training run's in src/main/resources) and ../shared's.
     */
    static List<Path> versionOneFiles() throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(Run.RESOURCES, Run.ROOT.resolve("src/main/resources"),
                Run.ROOT.resolve("tests/acceptance")));
        Path shared = Run.ROOT.resolve("../shared");
        if (Files.isDirectory(shared)) dirs.add(shared);
        List<Path> files = new ArrayList<>(List.of(Run.ROOT.resolve("terms.yaml")));
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> (p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                        && !p.toString().endsWith(".questions.yaml") && !p.toString().contains("/bad/")).sorted().forEach(files::add);
            }
        }
        List<Path> v1 = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            boolean yaml = f.toString().endsWith(".yaml") && text.lines().anyMatch(l -> l.equals("version: 1"));
            // a JSON terms file is an object with clauses; other JSON (questions corpora, the schema) is not one
            boolean json = f.toString().endsWith(".json") && JSON_V1.matcher(text).find() && text.contains("\"clauses\"");
            if (yaml || json) v1.add(f);
        }
        return v1;
    }

    /** The same bytes marked version 1.1. */
    static String markedOnePointOne(Path f, String text) {
        return f.toString().endsWith(".json") ? JSON_V1.matcher(text).replaceFirst("\"version\": 1.1")
                : text.replaceFirst("(?m)^version: 1$", "version: 1.1");
    }

    @TestFactory
    Stream<DynamicTest> everyVersionOneFileLoadsAsBeforeAndTheSameAsVersionOnePointOne() throws IOException {
        List<Path> files = versionOneFiles();
        assertTrue(files.size() > 15, files.toString());
        return files.stream().map(f -> DynamicTest.dynamicTest(Run.ROOT.relativize(f).toString(), () -> {
            Agreement a;
            try {
                a = new TermsLoader().load(f, "file.yaml");
            } catch (dev.terms.load.LoadException e) {
                return; // made to fail elsewhere, with the messages LoaderTest pins
            }
            assertEquals(List.of(), a.aliases());
            assertNull(a.renewal());
            for (Clause c : a.clauses()) {
                assertNull(c.quantity(), c.id());
                assertNull(c.every(), c.id());
                assertNull(c.due(), c.id());
                assertNull(c.notice(), c.id());
                assertEquals(false, c.mutual(), c.id());
                for (Bound b : c.until()) assertTrue(b instanceof Bound.OnDate || b instanceof Bound.OnEvent, c.id());
            }
            String text = markedOnePointOne(f, Files.readString(f, StandardCharsets.UTF_8));
            Agreement same = new TermsLoader().parse(text.getBytes(StandardCharsets.UTF_8), "file.yaml");
            assertEquals(a, same);
        }));
    }

    /**
     * Answers as before: each version 1 file with a questions file beside it gets every answer that
     * file pins (recorded from earlier versions of the tool), and the same report word for word when
     * the file says version 1.1.
     */
    @TestFactory
    Stream<DynamicTest> everyVersionOneFileAnswersItsQuestionsAsBeforeWhicheverVersionItSays(
            @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path f : versionOneFiles()) {
            if (Files.exists(Path.of(f.toString().replaceAll("\\.(yaml|json)$", ".questions.yaml")))) files.add(f);
        }
        assertTrue(files.size() >= 10, files.toString());
        return files.stream().map(f -> DynamicTest.dynamicTest(Run.ROOT.relativize(f).toString(), () -> {
            String name = f.getFileName().toString();
            Path questions = Path.of(f.toString().replaceAll("\\.(yaml|json)$", ".questions.yaml"));
            Run.Output before = Run.in(f.getParent()).run("-f", name, "test");
            assertEquals(0, before.status(), before.out() + before.err());
            Path dir = Files.createDirectories(tmp.resolve(Run.ROOT.relativize(f.getParent()).toString().replace('/', '_')));
            Files.writeString(dir.resolve(name), markedOnePointOne(f, Files.readString(f, StandardCharsets.UTF_8)));
            Files.copy(questions, dir.resolve(questions.getFileName()));
            Run.Output marked = Run.in(dir).run("-f", name, "test");
            assertEquals(before, marked);
        }));
    }
}
