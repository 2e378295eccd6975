package dev.terms.answer;

import static dev.terms.answer.Projecting.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhoProjectionTest {

    private final WhoProjection who = new WhoProjection();

    @Test
    void aMutualDutyAnswersEachParty() {
        assertEquals(List.of(
                "Acme Corp | Acme Corp must keep the other party's confidential information confidential. | confidentiality",
                "Globex Inc. | Globex Inc. must keep the other party's confidential information confidential. | confidentiality"),
                project(who, "Who must keep confidential information confidential?", "confidentiality"));
    }

    @Test
    void whomAsksForTheOneTheDutyIsOwedTo() {
        assertEquals(List.of("Acme Corp | Acme Corp is owed this: Globex Inc. must host the customer data in the EU Region. | hosting"),
                project(who, "Whom must Globex host the customer data for?", "hosting"));
    }

    @Test
    void aPartyNamedInTheQuestionIsNotItsOwnAnswer() {
        assertEquals(List.of("Globex Inc. | Globex Inc. is owed this: Acme Corp must pay the hosting fee. | fees"),
                project(who, "Whom must Acme pay the hosting fee to?", "fees"));
    }

    @Test
    void eachPartyIsAnsweredOnceThoughTwoClausesBindIt() {
        assertEquals(List.of(
                "Globex Inc. | Globex Inc. must host the customer data in the EU Region. | hosting"),
                project(who, "Who must host and report?", "hosting", "reports"));
    }
}
