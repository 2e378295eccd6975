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

    static List<Path> versionOneFiles() throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(Run.RESOURCES, Run.ROOT.resolve("tests/acceptance/agreements")));
        Path shared = Run.ROOT.resolve("../shared/acceptance/agreements");
        if (Files.isDirectory(shared)) dirs.add(shared);
        List<Path> files = new ArrayList<>(List.of(Run.ROOT.resolve("terms.yaml")));
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/bad/")).sorted().forEach(files::add);
            }
        }
        List<Path> v1 = new ArrayList<>();
        for (Path f : files) if (Files.readString(f, StandardCharsets.UTF_8).lines().anyMatch(l -> l.equals("version: 1"))) v1.add(f);
        return v1;
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
            String text = Files.readString(f, StandardCharsets.UTF_8).replaceFirst("(?m)^version: 1$", "version: 1.1");
            Agreement same = new TermsLoader().parse(text.getBytes(StandardCharsets.UTF_8), "file.yaml");
            assertEquals(a, same);
        }));
    }
}
