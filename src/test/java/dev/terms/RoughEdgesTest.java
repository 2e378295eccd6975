package dev.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rough edges a new user hits (issue 16), each as the user sees it: exact output and status. */
class RoughEdgesTest {

    @Test
    void completionAsksForAKindItDoesNotKnowAndIsToldSo() {
        Run.Output r = Run.terms("__complete", "bogus");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("terms: __complete: unknown kind 'bogus'; one of agreements, clauses, kinds, names, parties, tags\n",
                r.err());
        assertEquals(0, Run.terms("__complete", "parties").status());
        assertEquals("microsoft\nopenai\n", Run.terms("__complete", "parties").out());
    }
}
