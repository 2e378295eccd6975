package dev.terms.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.terms.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/** Terms files written as JSON (issue 13): the same schema, answers and located diagnostics as YAML. */
class JsonTermsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The bundled terms.yaml as JSON, as a contract database would write it: one line, no comments. */
    private static Path bundledAsJson(Path dir, String name) throws IOException {
        LoaderOptions options = new LoaderOptions();
        Object tree = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new SchemaTest.CoreResolver()).load(Files.readString(Run.ROOT.resolve("terms.yaml")));
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writeValueAsString(tree));
        return file;
    }

    /** A JSON answer without its locations: they are where each file says it, so they differ. */
    private static JsonNode withoutLocations(String json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        List<JsonNode> todo = new java.util.ArrayList<>(List.of(tree));
        while (!todo.isEmpty()) {
            JsonNode n = todo.remove(todo.size() - 1);
            // sourceLocation too: the copy sits where the contract's text (sources/) is not
            if (n instanceof ObjectNode o) o.remove(List.of("location", "sourceLocation"));
            n.forEach(todo::add);
        }
        return tree;
    }

    @Test
    void theBundledAgreementAsJsonAnswersAsTheYamlDoes(@TempDir Path dir) throws IOException {
        Path json = bundledAsJson(dir, "terms.json");
        for (String[] command : new String[][] {
                {"ask", "Who holds the right of first refusal?", "-o", "json"},
                {"ask", "Can OpenAI offer its API on Google Cloud?", "-o", "json"},
                {"ask", "When did Microsoft's cloud exclusivity end?", "-o", "json"},
                {"clauses", "--all", "-o", "json"},
                {"parties", "-o", "json"},
                {"timeline", "-o", "json"}}) {
            Run.Output yaml = Run.terms(command);
            List<String> args = new java.util.ArrayList<>(List.of("-f", json.toString()));
            args.addAll(List.of(command));
            Run.Output fromJson = Run.terms(args.toArray(String[]::new));
            assertEquals(yaml.status(), fromJson.status(), String.join(" ", command) + ": " + fromJson.err());
            assertEquals("", fromJson.err());
            assertEquals(withoutLocations(yaml.out()), withoutLocations(fromJson.out()), String.join(" ", command));
        }
        // and the locations are the JSON file's own: one line, so line 1 and the column of each clause
        Run.Output show = Run.terms("-f", json.toString(), "show", "rofr-new-capacity");
        String location = show.out().lines().filter(l -> l.strip().startsWith("location")).findFirst().orElseThrow();
        String column = location.substring(location.lastIndexOf(':') + 1);
        assertEquals(json + ":1:" + column, location.replaceFirst("^\\s*location\\s+", ""));
        int at = Files.readString(json).indexOf("{\"id\":\"rofr-new-capacity\"");
        assertEquals(String.valueOf(at + 1), column);
    }

    @Test
    void checkCoversJsonWithTheSameCodesAndLocations() {
        Run.Output r = Run.terms("check", "-f", "src/test/resources/bad/json-wrong-types.json");
        assertEquals("""
                src/test/resources/bad/json-wrong-types.json:2:14: error[type]: version must be 1 or 1.1, got 'v1'
                src/test/resources/bad/json-wrong-types.json:3:68: error[bad-date]: agreement: effective: '2025-13-01' is not a calendar date
                src/test/resources/bad/json-wrong-types.json:5:41: error[type]: party 'acme': aliases must be a list, got a scalar
                src/test/resources/bad/json-wrong-types.json:13:19: error[enum]: clause 'c1': modality 'must' is not one of right, obligation, prohibition, permission, statement
                src/test/resources/bad/json-wrong-types.json:15:23: error[reference]: clause 'c1': counterparty 'initech' is not a party
                src/test/resources/bad/json-wrong-types.json:16:20: error[type]: clause 'c1': exclusive must be true or false, got 'true' (quoted, so it is text; write true or false bare)
                src/test/resources/bad/json-wrong-types.json:17:7: error[unknown-key]: unknown key 'amonut' in a clause; did you mean 'amount'?
                src/test/resources/bad/json-wrong-types.json:18:19: error[type]: clause 'c1': survives must be true or false, got nothing (null)
                src/test/resources/bad/json-wrong-types.json:19:7: error[duplicate-key]: duplicate key 'title' in a clause (first at line 11)
                """, r.out());
        assertEquals(65, r.status());
        Run.Output good = Run.terms("check", "-f", "src/test/resources/good/pretty.terms.json");
        assertEquals("src/test/resources/good/pretty.terms.json:45:5: warning[unknown-kind]: clause 'c2': kind 'supply' "
                + "is not in the known vocabulary\n", good.out());
        assertEquals(0, good.status());
    }

    @Test
    void aDirectoryGivesItsYamlAndItsTermsJsonButNoOtherJson(@TempDir Path dir) throws IOException {
        bundledAsJson(dir, "openai.terms.json");
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"not terms\"}");
        Files.writeString(dir.resolve("terms.schema.json"), Files.readString(Run.ROOT.resolve("terms.schema.json")));
        Files.copy(Run.RESOURCES.resolve("rules/clean.yaml"), dir.resolve("clean.yaml"));
        Run.Output r = Run.in(dir).run("-f", ".", "check");
        assertEquals("ok: 2 files, no problems\n", r.out());
        assertEquals(0, r.status());
        Run.Output one = Run.in(dir).run("-f", "package.json", "check");
        assertNotEquals(0, one.status(), "a JSON file named itself is read as terms, and refused");
    }
}
