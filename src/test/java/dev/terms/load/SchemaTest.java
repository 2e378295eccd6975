package dev.terms.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * terms.schema.json, checked with a real validator (networknt): every terms file in the repo
 * passes, broken files fail, and on a corpus of bad files the schema and the loader agree.
 */
class SchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Run.ROOT.resolve("terms.schema.json")), InputFormat.JSON);

    /** YAML as an editor's language server reads it: YAML 1.2 core scalars, anchors resolved. */
    static final class CoreResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
            addImplicitResolver(Tag.MERGE, Pattern.compile("^(?:<<)$"), "<");
        }
    }

    static List<Error> validate(Path file) {
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new CoreResolver());
        Object tree = yaml.load(read(file));
        JsonNode json = new ObjectMapper().valueToTree(tree);
        return SCHEMA.validate(json);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Stream<Path> yamlUnder(String dir) throws IOException {
        try (Stream<Path> s = Files.walk(Run.RESOURCES.resolve(dir))) {
            // a questions file (terms test) beside a terms file is not one
            return s.filter(p -> (p.toString().endsWith(".yaml") && !p.toString().endsWith(".questions.yaml"))
                    || p.toString().endsWith(".terms.json")).sorted()
                    .toList().stream();
        }
    }

    private static Stream<Path> acceptanceAgreements() throws IOException {
        try (Stream<Path> s = Files.list(Run.ROOT.resolve("tests/acceptance/agreements"))) {
            return s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".questions.yaml")).sorted()
                    .toList().stream();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTermsFileInTheRepoIsValid() throws IOException {
        Stream<Path> files = Stream.of(Stream.of(Run.ROOT.resolve("terms.yaml")), yamlUnder("agreements"),
                yamlUnder("versions"), yamlUnder("time"), yamlUnder("diff"), yamlUnder("rules"), yamlUnder("good"), acceptanceAgreements())
                .flatMap(s -> s);
        return files.map(f -> DynamicTest.dynamicTest(Run.ROOT.relativize(f).toString(),
                () -> assertEquals(List.of(), validate(f))));
    }

    @Test
    void theStarterFromInitIsValid(@org.junit.jupiter.api.io.TempDir Path dir) {
        Run.in(dir).run("init");
        assertEquals(List.of(), validate(dir.resolve("terms.yaml")));
    }

    /** Bad files whose problem the schema can see: both the schema and the loader refuse each of them. */
    @TestFactory
    Stream<DynamicTest> schemaAndLoaderAgreeOnBadFiles() {
        return Stream.of("missing-required", "unknown-key", "wrong-type", "bad-id", "bad-date", "bad-enum",
                "unsupported-version", "yaml11-traps", "no-clauses", "not-a-mapping", "bad-time", "bad-money",
                "v11-key-in-v1").map(name ->
                DynamicTest.dynamicTest(name, () -> {
                    Path f = Run.RESOURCES.resolve("bad/" + name + ".yaml");
                    assertFalse(validate(f).isEmpty(), "the schema refuses " + name);
                    assertEquals(65, Run.terms("check", "-f", Run.ROOT.relativize(f).toString()).status(),
                            "the loader refuses " + name);
                }));
    }

    @Test
    void theSchemaNamesWhatIsWrong() {
        List<Error> errors = validate(Run.RESOURCES.resolve("bad/bad-enum.yaml"));
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("modality")), errors.toString());
    }

    /**
     * A version 1 file with each of format 1.1's keys and forms: the schema refuses each one where it
     * stands, saying it needs version 1.1, at the places the loader's messages locate (LoaderTest pins those).
     */
    @Test
    void aVersionOneFileUsingFormatOnePointOneIsRefusedAtEachPlaceAsTheLoaderDoes() throws IOException {
        List<Error> errors = validate(Run.RESOURCES.resolve("bad/v11-key-in-v1.yaml"));
        // refused by the definitions that say so: their errorMessage is what an editor shows (VS Code's JSON service)
        List<String> refused = errors.stream()
                .filter(e -> e.getSchemaLocation().toString().matches(".*#/definitions/(needsOneOne|boundsOne)/.*"))
                .map(e -> e.getInstanceLocation().toString()).distinct().sorted().toList();
        // the innermost place of each (the list item, as the loader points at it, not the list too)
        List<String> places = refused.stream().filter(p -> refused.stream().noneMatch(q -> q.startsWith(p + "/"))).toList();
        assertEquals(List.of("/agreement/aliases", "/agreement/renewal", "/agreement/until/0", "/clauses/0/due",
                "/clauses/0/every", "/clauses/0/until", "/clauses/1/effective", "/clauses/1/mutual",
                "/clauses/2/amount", "/clauses/2/notice"), places, errors.toString());
        JsonNode definitions = new ObjectMapper().readTree(read(Run.ROOT.resolve("terms.schema.json"))).get("definitions");
        for (String d : List.of("needsOneOne", "boundsOne")) {
            assertTrue(definitions.get(d).get("errorMessage").asText().endsWith("write version: 1.1 at the top to use it"), d);
        }
        String loader = Files.readString(Run.RESOURCES.resolve("bad/v11-key-in-v1.expected"));
        assertEquals(places.size(), loader.lines().filter(l -> l.contains("write version: 1.1")).count(), loader);
        // the same file marked 1.1, plain or quoted, is valid to both
        String text = Files.readString(Run.RESOURCES.resolve("bad/v11-key-in-v1.yaml"));
        for (String version : List.of("1.1", "\"1.1\"", "'1.1'")) {
            Path f = Files.createTempFile("v11", ".yaml");
            try {
                Files.writeString(f, text.replaceFirst("(?m)^version: 1$", "version: " + version));
                assertEquals(List.of(), validate(f), version);
                assertEquals(0, Run.terms("check", "-f", f.toString()).status(), version);
            } finally {
                Files.delete(f);
            }
        }
    }

    /** A version quoted or not: both the schema and the loader take 1 and 1.1 either way, and refuse 2 either way. */
    @Test
    void aQuotedVersionIsAVersionToTheSchemaAndTheLoaderAlike() throws IOException {
        for (String version : List.of("1", "\"1\"", "1.1", "\"1.1\"", "'1'", "2", "\"2\"", "\"1.2\"", "one")) {
            Path f = Files.createTempFile("version", ".yaml");
            try {
                Files.writeString(f, "version: " + version + "\nagreement: {id: a, title: A}\nparties: {p: {name: P}}\n"
                        + "clauses:\n  - {id: c1, title: T, kind: payment, modality: obligation, party: p, text: Pay.}\n");
                boolean schema = validate(f).isEmpty();
                int loader = Run.terms("check", "-f", f.toString()).status();
                assertEquals(schema ? 0 : 65, loader, version + ": the schema " + (schema ? "takes" : "refuses") + " it");
                assertEquals(version.replace("\"", "").replace("'", "").matches("1|1\\.1"), schema, version);
            } finally {
                Files.delete(f);
            }
        }
    }

    /** Each form of format 1.1 (OnePointOneForms) is valid in a 1.1 file and refused, where it stands, in a version 1 file. */
    @TestFactory
    Stream<DynamicTest> eachFormatOnePointOneFormIsValidAndRefusedInAVersionOneFile(@org.junit.jupiter.api.io.TempDir Path dir) {
        return OnePointOneForms.ALL.stream().map(form -> DynamicTest.dynamicTest(form.name(), () -> {
            Path f = dir.resolve("forms.yaml");
            Files.writeString(f, form.file("1.1"));
            assertEquals(List.of(), validate(f));
            Files.writeString(f, form.file("1"));
            List<Error> errors = validate(f);
            assertTrue(errors.stream().anyMatch(e -> e.getSchemaLocation().toString()
                    .matches(".*#/definitions/(needsOneOne|boundsOne)/.*")), errors.toString());
        }));
    }
}
