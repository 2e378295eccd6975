package dev.terms.render;

import dev.terms.model.Corpus;
import java.time.LocalDate;
import java.util.List;

/** Clauses as data, each in full, however much of them a view's text shows (show, clauses, search). */
interface ClauseData extends View.Listed {

    Corpus corpus();

    List<Corpus.Item> clauses();

    LocalDate asOf();

    @Override
    default Fields fields() {
        return Fields.CLAUSE;
    }

    @Override
    default List<?> items() {
        return Views.clauses(corpus(), clauses(), asOf());
    }
}
