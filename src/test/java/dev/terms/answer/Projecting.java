package dev.terms.answer;

import dev.terms.Run;
import dev.terms.load.TermsLoader;
import dev.terms.model.Corpus;
import dev.terms.question.Query;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The projections' tests ask a question of src/test/resources/agreements/projections.yaml and
 * hand the projection the clauses they name, as the engine would once it has chosen them, so each
 * projection is tested apart from retrieval and choice.
 */
final class Projecting {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final Corpus CORPUS = load("agreements/projections.yaml");
    private static final Engine ENGINE = new Engine(CORPUS);
    private static final QueryParser PARSER = new QueryParser(new Vocabulary(CORPUS.agreements()));

    private Projecting() {}

    /** One agreement of src/test/resources, loaded as the command line loads it. */
    static Corpus load(String resource) {
        try {
            return new Corpus(List.of(new TermsLoader().load(Run.RESOURCES.resolve(resource), resource)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Query question(String question) {
        return PARSER.parse(question, AS_OF);
    }

    /** The clauses named, weighed for the question as the engine weighs them. */
    static List<Engine.Weighed> chosen(Query q, String... ids) {
        return Arrays.stream(ids).map(id -> ENGINE.weigh(q, item(id))).toList();
    }

    static Corpus.Item item(String id) {
        return CORPUS.items().stream().filter(it -> it.clause().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no clause " + id));
    }

    /** Each answer as the text renderer's first line and the clause it cites: "label | sentence | clause". */
    static List<String> project(Projection p, String question, String... ids) {
        Query q = question(question);
        return lines(p.project(q, chosen(q, ids)).answers());
    }

    static List<String> lines(List<Answer> answers) {
        return answers.stream().map(a -> a.label() + " | " + a.sentence() + " | " + a.clause().clause().id()).toList();
    }
}
