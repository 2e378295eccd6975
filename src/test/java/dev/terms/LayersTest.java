package dev.terms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layers, read from the compiled classes (so a fully qualified name in code counts as
 * an import). A package may use only the packages of lower rows: the model every stage shares, then
 * the pipeline load → question → answer (and the other analyses: change, check) → render, then the
 * application layer, then the front ends, which know nothing of each other; {@code Main} wires them.
 */
class LayersTest {

    /** Lowest first; packages in one row may not use each other. */
    static final List<List<String>> ROWS = List.of(
            List.of("model"),
            List.of("expect"),
            List.of("load"),
            List.of("question"),
            List.of("answer", "change", "check", "quote"),
            List.of("render"),
            List.of("app"),
            List.of("cli", "repl"),
            List.of("")); // dev.terms itself: Main

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.terms");

    private static String pkg(String name) {
        return name.isEmpty() ? "dev.terms" : "dev.terms." + name;
    }

    @Test
    void noPackageUsesAHigherRowOrASiblingInItsRow() {
        for (int r = 0; r < ROWS.size(); r++) {
            for (String p : ROWS.get(r)) {
                List<String> forbidden = new ArrayList<>();
                for (int h = r; h < ROWS.size(); h++) {
                    for (String q : ROWS.get(h)) if (!q.equals(p)) forbidden.add(pkg(q));
                }
                if (forbidden.isEmpty()) continue;
                noClasses().that().resideInAPackage(pkg(p))
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because("package " + pkg(p) + " is in row " + r + " of LayersTest.ROWS")
                        .check(CLASSES);
            }
        }
    }

    @Test
    void onlyTheFrontEndsUsePicocliAndJLine() {
        noClasses().that().resideInAnyPackage(pkg("model"), pkg("load"), pkg("question"), pkg("answer"),
                        pkg("change"), pkg("check"), pkg("render"), pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(pkg("cli"))
                .should().dependOnClassesThat().resideInAnyPackage("org.jline..")
                .because("the session's line editor is loaded only by the session")
                .check(CLASSES);
    }

    /** A new package must be given its row, and say in its package-info what it holds. */
    @Test
    void everyPackageHasARowAndAPackageInfo() throws IOException {
        Set<String> placed = new TreeSet<>();
        for (List<String> row : ROWS) for (String p : row) placed.add(pkg(p));
        Set<String> found = new TreeSet<>();
        for (JavaClass c : CLASSES) found.add(c.getPackageName());
        assertEquals(placed, found, "packages without a row in LayersTest.ROWS, or rows without a package");
        Path root = Run.ROOT.resolve("src/main/java");
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                boolean code;
                try (Stream<Path> files = Files.list(d)) {
                    code = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (code && !d.startsWith(root.resolve("picocli"))) {
                    assertTrue(Files.isRegularFile(d.resolve("package-info.java")), "no package-info.java in " + d);
                }
            }
        }
    }
}
