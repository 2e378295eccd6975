package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.model.Corpus;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of the decision table says its answer in its own sentence, citing the clause that decided. */
class YesNoProjectionTest {

    private static final Corpus CORPUS = Projecting.load("agreements/decision-table.yaml");
    private static final Engine ENGINE = new Engine(CORPUS);
    private static final QueryParser PARSER = new QueryParser(new Vocabulary(CORPUS.agreements()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Must Globex pay a licence fee?                                   | Yes: Globex Inc. must pay a licence fee.
            Does Acme warrant that Widgets are fit for a particular purpose? | No: No warranty of fitness (Acme Corp).
            Can Globex resell Widgets?                                       | No: Globex Inc. must not resell Widgets.
            Can Globex resell Widgets to its affiliates?                     | Yes, by exception: No resale of Widgets excepts resale to its affiliates.
            Can Globex sublicense the Acme software without Acme's written approval? | No: Globex Inc. may sublicense the Acme software, only upon Acme's prior written approval.
            Can Globex host the Customer Data on Southcloud?                 | No: only on Northcloud. Globex Inc. must host the Customer Data on Northcloud.
            Can Globex distribute Widgets in the Territory?                  | No: Acme Corp holds the right to distribute Widgets in the Territory, exclusively.
            Must Globex pay a licence fee of USD 6,000 per month?            | No: Monthly licence fee: USD 5,000 per month.
            Is the trademark licence exclusive?                              | No: Trademark licence is stated to be non-exclusive.
            Does Globex hold a right of first refusal?                       | No: Right of first refusal on Globex's business is held by Acme Corp.
            Can Globex use the Customer Data for purposes other than providing the services? | No: Globex Inc. must use the Customer Data solely to provide the services.
            Does Globex receive a launch discount?                           | No longer: Launch discount expired after 2025-12-31.
            Can Acme sell competing widgets?                                 | No longer restricted: No competing widgets in the first six months expired after 2025-06-30.
            Must Globex publish sales reports?                               | No: Globex Inc. may publish sales reports, but the file states no duty to.
            """)
    void eachRowSaysItsAnswer(String question, String sentence) {
        Result r = ENGINE.answer(PARSER.parse(question, LocalDate.of(2026, 6, 1)));
        assertEquals(sentence, r.answers().get(0).sentence());
    }
}
