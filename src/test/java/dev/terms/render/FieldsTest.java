package dev.terms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.terms.render.Fields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * --fields over the documented fields of each output (issue 16, item 4), and the documented
 * fields held to what the commands really print for every agreement in the repository.
 */
class FieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every agreement of the checkout: the bundled file, the test agreements and the acceptance ones. */
    private static List<String> agreements() throws Exception {
        List<String> out = new ArrayList<>(List.of("terms.yaml"));
        for (String dir : List.of("src/test/resources/agreements", "src/test/resources/versions", "tests/acceptance/agreements")) {
            Path d = Run.ROOT.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".questions.yaml")).sorted().forEach(p -> out.add(Run.ROOT.relativize(p).toString()));
            }
        }
        return out;
    }

    /** Every key of every object printed is a documented field, at its depth. */
    private static void documented(JsonNode node, Fields fields, String where) {
        if (node.isArray()) {
            for (JsonNode n : node) documented(n, fields, where);
            return;
        }
        if (!node.isObject()) return;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            assertTrue(fields.named().containsKey(key), where + ": '" + key + "' is printed but not in " + fields.paths());
            Fields inside = fields.named().get(key);
            if (!inside.named().isEmpty()) documented(node.get(key), inside, where + " " + key);
        }
    }

    private static void check(Fields fields, String... args) throws Exception {
        Run.Output r = Run.terms(args);
        assertTrue(r.status() == 0 || r.status() == 1 || r.status() == 65, String.join(" ", args) + ": " + r.err());
        documented(JSON.readTree(r.out()), fields, String.join(" ", args));
    }

    @Test
    void everyFieldPrintedForTheRepositorysAgreementsIsDocumented() throws Exception {
        List<String> files = agreements();
        assertTrue(files.size() >= 5, files.toString());
        for (String f : files) {
            check(Fields.CLAUSE, "-f", f, "clauses", "--all", "-o", "json");
            check(Fields.PARTY, "-f", f, "parties", "--all", "-o", "json");
            check(Fields.MILESTONE, "-f", f, "timeline", "-o", "json");
            check(Fields.COVERAGE, "-f", f, "coverage", "-o", "json");
            check(Fields.CHECK, "-f", f, "check", "-o", "json");
            check(Fields.DATE_DIFF, "-f", f, "diff", "--from", "2000-01-01", "--to", "2030-01-01", "--questions",
                    "src/test/resources/versions/questions.txt", "-o", "json");
            for (String q : List.of("Who holds the right of first refusal?", "When does the agreement end?",
                    "Can the customer terminate for convenience?", "zzz")) {
                check(Fields.RESULT, "-f", f, "ask", "--explain", q, "-o", "json");
            }
        }
        check(Fields.RESULT, "ask", "--batch", "-o", "json", "Who holds the right of first refusal?");
        check(Fields.TEST, "test", "src/test/resources/expect/wrong.questions.yaml", "-o", "json");
        check(Fields.QUOTATION, "verify", "-o", "json");
        check(Fields.QUOTATION, "-f", "src/test/resources/quote/altered.yaml", "verify", "-o", "json");
        check(Fields.FILE_DIFF, "diff", "src/test/resources/versions/distribution-v1.yaml",
                "src/test/resources/versions/distribution-v2.yaml", "--questions", "src/test/resources/versions/questions.txt",
                "-o", "json");
    }

    @Test
    void aDocumentedFieldTheFirstObjectLacksIsNullNotAnError() {
        Run.Output r = Run.terms("clauses", "--fields", "id,where,supersededBy,amount", "-o", "ndjson");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                {"id":"rofr-new-capacity","where":null,"supersededBy":null,"amount":null}
                {"id":"azure-commitment","where":"azure","supersededBy":null,"amount":"a significant investment in Azure"}
                """, String.join("\n", r.out().lines().limit(2).toList()) + "\n");
    }

    @Test
    void nestedAnswerFieldsArePicked() {
        Run.Output r = Run.terms("ask", "Who holds the right of first refusal?", "--fields", "value,label");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("terms: unknown field 'value'; the fields are question, line, type, asOf, answers, "
                + "answers.value, answers.label,"), r.err());
        Run.Output ok = Run.terms("ask", "Who holds the right of first refusal?", "--fields", "answers.value,answers.label",
                "-o", "ndjson");
        assertEquals(0, ok.status(), ok.err());
        assertEquals("{\"answers\":[{\"value\":\"microsoft\",\"label\":\"Microsoft\"}]}\n", ok.out());
    }

    @Test
    void anUnknownFieldListsTheRealSetAndTheNearest() {
        Run.Output bad = Run.terms("timeline", "--fields", "date,knd");
        assertEquals(2, bad.status());
        assertEquals("", bad.out());
        assertEquals("terms: unknown field 'knd'; the fields are date, kind, clause, by, agreement, event, title, "
                + "until, lastDay, noticeBy; "
                + "did you mean 'kind'?\n", bad.err());
    }
}
