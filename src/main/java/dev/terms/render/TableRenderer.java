package dev.terms.render;

/** -o table: aligned columns under bold headers on a terminal, tab-separated rows in a pipe. */
public final class TableRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.TABLE;
    }

    @Override
    public boolean accepts(View view) {
        return view instanceof View.Tabular;
    }

    @Override
    public void render(View view, View.Page page) {
        if (view instanceof View.Tabular t) {
            table(t, page, false);
            t.footer().forEach(page.out()::println);
        } else throw new AssertionError(view);
    }

    static void table(View.Tabular t, View.Page page, boolean markdown) {
        TextRender.table(t.headers(), t.rows(), page.terminal(), markdown, page.style(), page.out());
    }
}
