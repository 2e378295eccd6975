package dev.terms.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.Run;
import dev.terms.question.Entity;
import dev.terms.question.Query;
import dev.terms.question.QueryParser;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question in, a typed query out: type, subject, modalities, tense, focus and topic. */
class QueryParserTest {

    private static final QueryParser PARSER = Run.parser("terms.yaml");

    /** The query in one line, so a table row states it whole. */
    private static String shape(Query q) {
        String topics = q.topics().stream()
                .map(m -> m.entities().stream().map(Entity::id).sorted().collect(Collectors.joining("|")))
                .collect(Collectors.joining(","));
        return String.join(" ; ", q.type().word(), String.valueOf(q.subject()),
                q.modalities().stream().map(m -> m.word()).sorted().collect(Collectors.joining(",")),
                q.past() ? "past" : "present", q.focus().word(), topics, String.join(",", q.words()),
                q.place() == null ? (q.elsewhere() ? "elsewhere" : "-") : q.place().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '=', value = {
            "Who holds the right of first refusal? = who ; null ; permission,right ; present ; none ; right-of-first-refusal ;  ; -",
            "who has the ROFR = who ; null ; permission,right ; present ; none ; right-of-first-refusal|rofr-new-capacity ;  ; -",
            "Which party gets the first option on new capacity offered by OpenAI? = who ; null ; permission,right ; present ; none ; right-of-first-refusal|rofr-new-capacity,new-capacity ; offer ; -",
            "Where must the OpenAI API run? = where ; null ; obligation ; present ; none ; openai-api ;  ; -",
            "Where are OpenAI's models trained? = where ; null ;  ; present ; none ; openai-ip ; train ; -",
            "Is Microsoft still OpenAI's exclusive cloud provider? = yes-no ; microsoft ;  ; present ; none ; cloud-exclusivity ;  ; -",
            "Was Microsoft ever OpenAI's exclusive cloud provider? = yes-no ; microsoft ;  ; past ; none ; cloud-exclusivity ;  ; -",
            "Can OpenAI offer its API on Google Cloud? = yes-no ; openai ; obligation,permission,right ; present ; none ; openai-api ; offer ; google cloud",
            "Can OpenAI host the API elsewhere? = yes-no ; openai ; obligation,permission,right ; present ; none ; openai-api ;  ; elsewhere",
            "What replaced Microsoft's cloud exclusivity? = what ; null ;  ; present ; replaced-by ; cloud-exclusivity ;  ; -",
            "What did the right of first refusal replace? = what ; null ;  ; past ; replaces ; right-of-first-refusal ;  ; -",
            "When did Microsoft's cloud exclusivity end? = when ; null ;  ; past ; end ; cloud-exclusivity ;  ; -",
            "when does the rofr start = when ; null ;  ; present ; start ; right-of-first-refusal|rofr-new-capacity ;  ; -",
            "What must OpenAI not do? = what ; openai ; prohibition ; present ; none ;  ;  ; -",
            "How much has Microsoft invested? = how-much ; microsoft ; permission,right ; present ; none ; investment ;  ; -",
            "how long did cloud exclusivity last = how-long ; null ;  ; past ; none ; cloud-exclusivity ;  ; -",
            "Please tell me who shares revenue = who ; null ;  ; present ; none ; revenue-share ;  ; -",
            "Who held the right of first refusal in 2023? = who ; null ; permission,right ; past ; none ; right-of-first-refusal ;  ; -",
            "who hlds the rofr = who ; null ; permission,right ; present ; none ; right-of-first-refusal|rofr-new-capacity ;  ; -",
    })
    void parses(String question, String expected) {
        assertEquals(expected.strip(), shape(PARSER.parse(question, Run.TODAY)));
    }

    @ParameterizedTest(name = "{0} → as of {1}")
    @CsvSource(delimiter = '=', value = {
            "Who held the right of first refusal in 2023? = 2023-12-31",
            "What did OpenAI owe before 2025? = 2024-12-31",
            "Who holds the ROFR? = 2026-11-26",
    })
    void aYearNamedInThePastMovesTheDate(String question, LocalDate asOf) {
        assertEquals(asOf, PARSER.parse(question, Run.TODAY).asOf());
    }
}
