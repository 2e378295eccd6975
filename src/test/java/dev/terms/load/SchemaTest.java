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
                "unsupported-version", "yaml11-traps", "no-clauses", "not-a-mapping", "bad-time", "bad-money").map(name ->
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
}
