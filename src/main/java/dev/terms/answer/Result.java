package dev.terms.answer;

import dev.terms.model.Corpus;
import dev.terms.question.Query;
import java.util.List;

/**
 * Everything a question produced: the answers, the clauses that support them (each once, in the
 * order first cited), the nearest clauses when there is no answer, the weighing for --explain, and
 * for a yes/no question the row of the decision table that decided it.
 */
public record Result(Query query, List<Answer> answers, List<Corpus.Item> clauses, List<Corpus.Item> suggestions,
        List<Candidate> candidates, String note, Decider.Decision decision) {

    public boolean answered() {
        return !answers.isEmpty();
    }
}
