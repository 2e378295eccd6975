package dev.terms.answer;

import static dev.terms.answer.Projecting.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.question.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereProjectionTest {

    private final WhereProjection where = new WhereProjection();

    @Test
    void aDefinedPlaceIsAnsweredByItsNameAndCitedByItsId() {
        assertEquals(List.of("the EU Region | Globex Inc. must host the customer data in the EU Region. | hosting"),
                project(where, "Where must Globex host the customer data?", "hosting"));
        Query q = Projecting.question("Where must Globex host the customer data?");
        Answer a = where.project(q, Projecting.chosen(q, "hosting")).answers().get(0);
        assertEquals(new Value.Definition("eu-region"), a.value());
    }
}
