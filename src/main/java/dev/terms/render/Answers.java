package dev.terms.render;

import dev.terms.answer.Result;
import dev.terms.model.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import dev.terms.model.Location;

/**
 * What one question produced, as ask prints it; {@code explain}: with the weighing; {@code line}:
 * the question's line in the input of {@code ask --batch} (0 otherwise); {@code quoted}: where a
 * clause's quotation stands in the contract's own text, when known (null otherwise).
 */
public record Answers(Corpus corpus, Result result, boolean explain, int line, Function<Corpus.Item, Location> quoted)
        implements View.Prose, View.Tabular {

    public Answers(Corpus corpus, Result result, boolean explain) {
        this(corpus, result, explain, 0, it -> null);
    }

    @Override
    public Fields fields() {
        return Fields.RESULT;
    }

    @Override
    public Object data() {
        Map<String, Object> tree = Views.result(corpus, result, explain, quoted);
        return line > 0 ? Views.withLine(tree, line) : tree;
    }

    @Override
    public void text(Page page) {
        new TextRender(corpus, page.style(), page.out(), quoted).result(result, explain);
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
