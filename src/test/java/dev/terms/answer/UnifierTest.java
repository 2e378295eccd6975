package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.load.TermsLoader;
import dev.terms.model.Corpus;
import dev.terms.question.Query;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slot by slot, as --explain shows it: what of the question a clause meets, and what it leaves unmatched. */
class UnifierTest {

    @Test
    void aPartyTheConditionNamesIsMetByAClauseOnItsSide() throws Exception {
        String file = "tests/acceptance/blind/agreements/prime-homegate-construction-loan.yaml";
        Corpus corpus = new Corpus(List.of(new TermsLoader().load(Run.ROOT.resolve(file), file)));
        Query q = new QueryParser(new Vocabulary(corpus.agreements()))
                .parse("What default interest applies if the borrower defaults?", LocalDate.of(1997, 9, 1));
        Corpus.Item rate = corpus.items().stream().filter(i -> i.clause().id().equals("default-rate")).findFirst().orElseThrow();
        Unifier.Unification u = Unifier.unify(q, rate, ClauseFrame.of(rate.agreement(), rate.clause()));
        assertEquals(List.of(), u.unmatched());
        // the guarantor (Homegate) is on neither side of it: the Borrower pays Prime
        Query guarantor = new QueryParser(new Vocabulary(corpus.agreements()))
                .parse("What default interest applies if the guarantor defaults?", LocalDate.of(1997, 9, 1));
        Unifier.Unification g = Unifier.unify(guarantor, rate, ClauseFrame.of(rate.agreement(), rate.clause()));
        assertTrue(g.unmatched().contains("guarantor"), g.unmatched().toString());
    }
}
