package dev.terms.render;

import dev.terms.model.Corpus;
import java.time.LocalDate;
import java.util.List;

/** Clauses in full, as show prints them: every field, the status and its dates, supersession. */
public record ClauseDetails(Corpus corpus, List<Corpus.Item> clauses, LocalDate asOf) implements ClauseData, View.Prose {

    @Override
    public void text(Page page) {
        TextRender text = new TextRender(corpus, page.style(), page.out());
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) page.out().println();
            text.show(clauses.get(i), asOf);
        }
    }
}
