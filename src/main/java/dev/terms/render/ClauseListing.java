package dev.terms.render;

import dev.terms.model.Corpus;
import dev.terms.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Clauses one a line, as clauses and search list them: id, status, title; a row each in a table. */
public record ClauseListing(Corpus corpus, List<Corpus.Item> clauses, LocalDate asOf)
        implements ClauseData, View.Prose, View.Tabular {

    @Override
    public void text(Page page) {
        TextRender text = new TextRender(corpus, page.style(), page.out());
        for (Corpus.Item it : clauses) {
            text.clauseLine(it, asOf);
            if (page.out().checkError()) return;
        }
    }

    @Override
    public List<String> headers() {
        return List.of("ID", "STATUS", "KIND", "MODALITY", "PARTY", "TITLE");
    }

    @Override
    public List<List<String>> rows() {
        TextRender text = new TextRender(corpus, new Style(false), null);
        List<List<String>> rows = new ArrayList<>();
        for (Corpus.Item it : clauses) {
            Status s = corpus.status(it, asOf);
            rows.add(List.of(text.id(it), s.state().word(), it.clause().kind(), it.clause().modality().word(),
                    String.join(",", it.clause().party()), it.clause().title()));
        }
        return rows;
    }
}
