package dev.terms.render;

/** -o markdown: the view's own markdown, or its table as a markdown table. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.MARKDOWN;
    }

    @Override
    public boolean accepts(View view) {
        return view instanceof View.Markdown || view instanceof View.Tabular;
    }

    @Override
    public void render(View view, View.Page page) {
        if (view instanceof View.Markdown m) m.markdown(page.out());
        else if (view instanceof View.Tabular t) TableRenderer.table(t, page, true);
        else throw new AssertionError(view);
    }
}
