package dev.terms.cli;

import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Corpus;
import dev.terms.model.Status;
import dev.terms.render.Format;
import dev.terms.render.TextRender;
import dev.terms.render.Views;
import java.util.ArrayList;
import java.util.List;

/** Prints a list of clauses in the chosen format: the one place clauses and search share. */
final class Listing {

    private Listing() {}

    static void clauses(Workspace ws, List<Corpus.Item> items) throws LoadException {
        Corpus corpus = ws.corpus();
        Format f = ws.format();
        TextRender text = new TextRender(corpus, ws.style(), ws.io().out());
        switch (f) {
            case JSON, YAML, NDJSON -> {
                List<Object> views = new ArrayList<>();
                for (Corpus.Item it : items) views.add(Views.clause(corpus, it, ws.asOf()));
                ws.writeList(views);
            }
            case TABLE, MARKDOWN -> {
                List<List<String>> rows = new ArrayList<>();
                for (Corpus.Item it : items) {
                    Status s = corpus.status(it, ws.asOf());
                    rows.add(List.of(text.id(it), s.state().word(), it.clause().kind(), it.clause().modality().word(),
                            String.join(",", it.clause().party()), it.clause().title()));
                }
                text.table(List.of("ID", "STATUS", "KIND", "MODALITY", "PARTY", "TITLE"), rows, ws.io().terminal(),
                        f == Format.MARKDOWN);
            }
            case TEXT -> {
                for (Corpus.Item it : items) {
                    text.clauseLine(it, ws.asOf());
                    if (ws.io().out().checkError()) return;
                }
            }
            default -> throw new AssertionError(f);
        }
        ws.io().out().flush();
    }
}
