package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.terms.Run;
import dev.terms.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12's table, end to end: questions a new user asked that were answered wrongly, each with
 * the answer a reader can trust; and confident wrong answers found later on the held-out and blind
 * corpora, one of each class fixed. "none" is the file not saying: exit 1, no answer, never a yes.
 */
class TrustedAnswersTest {

    private static final Path SHARED = Run.ROOT.resolve("../shared/acceptance/agreements");

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            terms.yaml                                         | Can OpenAI train models on AWS?                           | false                | azure-commitment             | Azure
            terms.yaml                                         | Can Microsoft sell OpenAI's models?                       | none                 |                              |
            terms.yaml                                         | Can Microsoft build its own AI models?                    | none                 |                              |
            src/test/resources/agreements/aws-customer-agreement.yaml | Is the agreement governed by Texas law?            | false                | governing-law                | Washington
            src/test/resources/agreements/aws-customer-agreement.yaml | Which law governs the agreement?                   | washington           | governing-law                | Washington
            @shared/supabase-terms-sla.yaml                    | Can service credits be exchanged for cash?                | false                | credits-not-cash             | cash
            @shared/apache-2.0.yaml                            | Is the Work provided with a warranty of merchantability?  | false                | disclaimer-of-warranty       | AS IS
            @shared/supabase-terms-sla.yaml                    | Does Supabase guarantee 99.99% uptime?                    | false                | uptime-commitment            | 99.9%
            src/test/resources/agreements/contoso-northwind-nda.yaml | Can Contoso solicit Northwind's employees?          | true                 | no-solicitation              | 2026-02-28
            terms.yaml                                         | has the relationship update happened?                     | true                 |                              | 2025-01-21
            tests/acceptance/agreements/data-processing-agreement.yaml | Does the DPA survive termination?                 | false                |                              | deletion-or-return
            tests/acceptance/agreements/office-lease.yaml      | Can the tenant use the premises as a restaurant?          | none                 |                              |
            tests/acceptance/agreements/imine-sunwai-distributor.yaml | Is iMine liable for lost profits?                  | false                | no-consequential-damages     | lost profits
            tests/acceptance/agreements/immunotolerance-crane-consulting-1.1.yaml | Can the Consultant disclose Proprietary Information to employees of the Company? | true | proprietary-information | employees of the Company
            tests/acceptance/blind/agreements/shifarms-gridiron-supply.yaml | Who is responsible for getting the product samples to the lab? | shi-farms | ship-samples | ship
            tests/acceptance/blind/agreements/shifarms-gridiron-supply.yaml | What is the total purchase price for the hemp? | USD 150,000 | total-price | 150,000
            tests/acceptance/blind/agreements/isle-of-capri-goldstein-employment.yaml | Must Goldstein keep the Company's proprietary information confidential even after he leaves? | true | confidentiality | keep confidential
            """)
    @SuppressWarnings("unchecked")
    void answersWhatTheFileSays(String file, String question, String value, String clause, String says) throws IOException {
        if (file.startsWith("@shared/")) {
            Path shared = SHARED.resolve(file.substring("@shared/".length()));
            assumeTrue(Files.exists(shared), "the acceptance agreements are beside the checkout");
            file = shared.toString();
        }
        Run.Output r = Run.terms("-f", file, "ask", "-o", "json", question);
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        List<Map<String, Object>> answers = (List<Map<String, Object>>) json.get("answers");
        if (value.equals("none")) {
            assertEquals(1, r.status(), r.out());
            assertEquals(List.of(), answers);
            return;
        }
        assertEquals(0, r.status(), r.out());
        Map<String, Object> first = answers.get(0);
        assertEquals(value, String.valueOf(first.get("value")), r.out());
        assertEquals(clause, first.get("clause"));
        assertTrue(((String) first.get("sentence")).contains(says), first.get("sentence") + " says " + says);
    }
}
