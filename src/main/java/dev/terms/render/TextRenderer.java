package dev.terms.render;

/** -o text: the view's own text, or its table (aligned on a terminal, tab-separated in a pipe). */
public final class TextRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.TEXT;
    }

    @Override
    public boolean accepts(View view) {
        return view instanceof View.Prose || view instanceof View.Tabular;
    }

    @Override
    public void render(View view, View.Page page) {
        if (view instanceof View.Prose p) p.text(page);
        else if (view instanceof View.Tabular t) TableRenderer.table(t, page, false);
        else throw new AssertionError(view);
    }
}
