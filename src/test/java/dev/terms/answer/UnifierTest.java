package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Json;
import dev.terms.Run;
import dev.terms.load.TermsLoader;
import dev.terms.model.Corpus;
import dev.terms.question.Query;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    /**
     * The question's side is read once and kept for every clause it is unified with (with what its words were found
     * to be to the clauses' words): unifying clause after clause with one reading gives, for each, what a reading
     * made for that clause alone gives. Every question of the acceptance corpora here, on every clause of its file.
     */
    @Test
    @SuppressWarnings("unchecked")
    void oneReadingOfTheQuestionUnifiesAsAFreshOneForEachClause() throws Exception {
        int compared = 0;
        for (String dir : List.of("tests/acceptance", "tests/acceptance/blind")) {
            try (var files = Files.list(Run.ROOT.resolve(dir))) {
                for (Path questions : files.filter(p -> p.toString().endsWith("-questions.json")).sorted().toList()) {
                    Map<String, Object> doc = (Map<String, Object>) Json.parse(Files.readString(questions));
                    Path terms = questions.resolveSibling((String) doc.get("terms"));
                    Corpus corpus = new Corpus(List.of(new TermsLoader().load(terms, terms.getFileName().toString())));
                    QueryParser parser = new QueryParser(new Vocabulary(corpus.agreements()));
                    List<ClauseFrame> frames = corpus.items().stream().map(i -> ClauseFrame.of(i.agreement(), i.clause())).toList();
                    for (Map<String, Object> item : (List<Map<String, Object>>) doc.get("questions")) {
                        Object asOf = item.get("asOf");
                        Query q = parser.parse((String) item.get("q"), asOf == null ? LocalDate.of(2026, 12, 2)
                                : LocalDate.parse((String) asOf));
                        Unifier.QuestionSide side = new Unifier.QuestionSide(q);
                        for (int i = 0; i < frames.size(); i++) {
                            Corpus.Item it = corpus.items().get(i);
                            assertEquals(Unifier.unify(q, it, frames.get(i)), Unifier.unify(side, it, frames.get(i)),
                                    questions.getFileName() + ": " + q.question() + " / " + it);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }
}
