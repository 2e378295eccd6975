package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.terms.Run;
import dev.terms.Json;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The question corpora in src/test/resources/questions, asked through the real command tree and
 * judged as ../shared/acceptance/ask-check judges them: the seed's 20 questions on the bundled
 * file, more on its history, and 46 on an agreement of another kind (the AWS Customer Agreement).
 */
public class CorpusTest {

    @TestFactory
    Stream<DynamicTest> seed() throws IOException {
        return corpus("seed-questions.json", "terms.yaml");
    }

    @TestFactory
    Stream<DynamicTest> microsoftOpenAiHistory() throws IOException {
        return corpus("microsoft-openai.json", "terms.yaml");
    }

    /** The README says how many questions the AWS agreement is asked: the corpus's count, not an old one. */
    @Test
    @SuppressWarnings("unchecked")
    void theReadmeCountsTheAwsQuestions() throws IOException {
        Map<String, Object> corpus = (Map<String, Object>) Json.parse(
                Files.readString(Run.RESOURCES.resolve("questions/aws-customer-agreement.json")));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("they ask (\\d+) questions of the AWS")
                .matcher(Files.readString(Run.ROOT.resolve("README.md")));
        assertTrue(m.find(), "README: 'they ask N questions of the AWS Customer Agreement'");
        assertEquals(((List<?>) corpus.get("questions")).size(), Integer.parseInt(m.group(1)));
    }

    @TestFactory
    Stream<DynamicTest> awsCustomerAgreement() throws IOException {
        return corpus("aws-customer-agreement.json", "src/test/resources/agreements/aws-customer-agreement.yaml");
    }

    @SuppressWarnings("unchecked")
    private Stream<DynamicTest> corpus(String name, String terms) throws IOException {
        Map<String, Object> corpus = (Map<String, Object>) Json.parse(
                Files.readString(Run.RESOURCES.resolve("questions").resolve(name)));
        List<Map<String, Object>> questions = (List<Map<String, Object>>) corpus.get("questions");
        assertFalse(questions.isEmpty());
        if (!name.equals("seed-questions.json")) {
            // `date: true` alone passes with any date; our own corpora name the date. (The seed is
            // ../shared's, kept as it is; its one date question is asked with its date in microsoft-openai.json.)
            for (Map<String, Object> q : questions) {
                if (Boolean.TRUE.equals(q.get("date"))) {
                    assertTrue(q.get("expect") instanceof List<?> l && l.stream().allMatch(d -> d instanceof String x
                            && x.matches("\\d{4}-\\d{2}-\\d{2}")), name + ": " + q.get("q") + " names no expected date");
                }
            }
        }
        return questions.stream().map(item -> DynamicTest.dynamicTest(item.get("q") + (item.containsKey("asOf")
                ? " (as of " + item.get("asOf") + ")" : ""), () -> judge(item, terms)));
    }

    @SuppressWarnings("unchecked")
    private static void judge(Map<String, Object> item, String terms) throws IOException {
        List<String> args = new ArrayList<>(List.of("ask", "-o", "json", "-f", terms));
        if (item.containsKey("asOf")) args.addAll(List.of("--as-of", (String) item.get("asOf")));
        args.add((String) item.get("q"));
        Run.Output r = Run.terms(args.toArray(String[]::new));
        Map<String, Object> reply = (Map<String, Object>) Json.parse(r.out());
        List<Map<String, Object>> answers = (List<Map<String, Object>>) reply.get("answers");
        Object expect = item.get("expect");
        if ("none".equals(expect)) {
            assertEquals(List.of(), answers.stream().map(a -> a.get("label")).toList(), "expected no answer");
            assertEquals(1, r.status());
            return;
        }
        assertEquals(item.get("type"), reply.get("type"), "answer type");
        assertFalse(answers.isEmpty(), "no answer");
        assertEquals(0, r.status());
        if ("yes".equals(expect) || "no".equals(expect)) {
            assertInstanceOf(Boolean.class, answers.get(0).get("value"));
            assertEquals("yes".equals(expect), answers.get(0).get("value"), (String) answers.get(0).get("sentence"));
        } else if (expect instanceof List<?> wanted) {
            List<String> texts = answers.stream()
                    .map(a -> (a.get("value") + " " + a.get("label")).toLowerCase(Locale.ROOT)).toList();
            for (Object w : wanted) {
                assertTrue(texts.stream().anyMatch(t -> t.contains(((String) w).toLowerCase(Locale.ROOT))),
                        w + " not among " + texts);
            }
            if (!Boolean.TRUE.equals(item.get("extra"))) {
                for (String t : texts) {
                    if (wanted.stream().noneMatch(w -> t.contains(((String) w).toLowerCase(Locale.ROOT)))) {
                        fail("unexpected answer " + t + " (expected only " + wanted + ")");
                    }
                }
            }
        }
        if (Boolean.TRUE.equals(item.get("date"))) {
            // as ask-check: a JSON string value in YYYY-MM-DD form; which date is the expect list's to say
            assertTrue(answers.stream().anyMatch(a -> a.get("value") instanceof String v && v.matches("\\d{4}-\\d{2}-\\d{2}")),
                    "no date among the answers " + answers.stream().map(a -> a.get("value")).toList());
        }
        for (Map<String, Object> a : answers) {
            assertTrue(a.get("clause") != null || a.get("agreement") != null, "every answer cites its source");
            assertNotNull(a.get("sentence"));
        }
    }
}
