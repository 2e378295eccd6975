package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.Json;
import dev.terms.load.TermsLoader;
import dev.terms.model.Corpus;
import dev.terms.question.Query;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The index prunes by {@link Coverage}, the rule the engine's weighing uses: it never passes over a
 * clause the weighing would find topical and in a role the question asks about, for any question of
 * the repository's corpora.
 */
class CoverageTest {

    @Test
    @SuppressWarnings("unchecked")
    void theIndexKeepsEveryClauseTheWeighingFindsTopical() throws Exception {
        Corpus corpus = new Corpus(List.of(
                new TermsLoader().load(Run.ROOT.resolve("terms.yaml"), "terms.yaml"),
                new TermsLoader().load(Run.RESOURCES.resolve("agreements/aws-customer-agreement.yaml"), "aws.yaml")));
        Engine engine = new Engine(corpus);
        Index index = new Index(corpus);
        QueryParser parser = new QueryParser(new Vocabulary(corpus.agreements()));
        List<String> questions = new ArrayList<>();
        for (String name : List.of("aws-customer-agreement.json", "microsoft-openai.json")) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(Files.readString(Run.RESOURCES.resolve("questions").resolve(name)));
            for (Object q : (List<Object>) c.get("questions")) questions.add((String) ((Map<String, Object>) q).get("q"));
        }
        assertTrue(questions.size() > 50, "questions read: " + questions.size());
        int pruned = 0;
        for (String question : questions) {
            Query q = parser.parse(question, LocalDate.of(2026, 6, 1));
            Collection<Corpus.Item> kept = index.covering(q, corpus.items());
            pruned += corpus.items().size() - kept.size();
            for (Corpus.Item it : corpus.items()) {
                // a clause that neither binds nor benefits the subject answers no question but yes or no
                Engine.Weighed w = engine.weigh(q, it);
                if (w.topical() && w.relation() != null) assertTrue(kept.contains(it), question + ": " + it.clause().id() + " pruned");
            }
        }
        // a check that prunes nothing would hold trivially
        assertTrue(pruned > 0, "the index pruned nothing");
    }
}
