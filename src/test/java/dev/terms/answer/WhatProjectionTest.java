package dev.terms.answer;

import static dev.terms.answer.Projecting.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.question.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatProjectionTest {

    private final WhatProjection what = new WhatProjection(Projecting.CORPUS);

    @Test
    void whatMustXDoIsTheAction() {
        assertEquals(List.of("Hosting of customer data: host the customer data | Globex Inc. must host the customer data in the"
                + " EU Region. | hosting"), project(what, "What must Globex do?", "hosting"));
    }

    @Test
    void whichKindOfThingIsTheDefinitionOfThatKind() {
        assertEquals(List.of("the Hosting Platform | The Hosting Platform: Acme Corp holds the right to use and resell the"
                + " Hosting Platform. | new-platform"), project(what, "Which service may Acme resell?", "new-platform"));
    }

    @Test
    void whatReplacedXIsItsSuccessor() {
        assertEquals(List.of("Platform licence | Platform licence (new-platform) replaced Old platform licence on 2026-01-01."
                + " | new-platform"), project(what, "What replaced the old platform licence?", "old-platform"));
    }

    @Test
    void nothingReplacingXSaysSo() {
        Query q = Projecting.question("What replaced the hosting clause?");
        Projection.Projected p = what.project(q, Projecting.chosen(q, "hosting"));
        assertEquals(List.of(), p.answers());
        assertEquals("Nothing in the file replaces or is replaced by hosting.", p.note());
    }
}
