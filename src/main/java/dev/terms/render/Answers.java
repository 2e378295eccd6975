package dev.terms.render;

import dev.terms.answer.Result;
import dev.terms.model.Corpus;
import java.util.ArrayList;
import java.util.List;

/** What one question produced, as ask prints it; {@code explain}: with the weighing. */
public record Answers(Corpus corpus, Result result, boolean explain) implements View.Prose, View.Tabular {

    @Override
    public Fields fields() {
        return Fields.RESULT;
    }

    @Override
    public Object data() {
        return Views.result(corpus, result, explain);
    }

    @Override
    public void text(Page page) {
        new TextRender(corpus, page.style(), page.out()).result(result, explain);
    }

    @Override
    public List<String> headers() {
        return List.of("VALUE", "LABEL", "CLAUSE", "STATUS", "SENTENCE");
    }

    @Override
    public List<List<String>> rows() {
        TextRender text = new TextRender(corpus, new Style(false), null);
        List<List<String>> rows = new ArrayList<>();
        for (var a : result.answers()) {
            rows.add(List.of(String.valueOf(a.jsonValue()), a.label(), a.clause() == null ? "" : text.id(a.clause()),
                    a.status().state().word(), Sentence.of(a.sentence())));
        }
        return rows;
    }
}
