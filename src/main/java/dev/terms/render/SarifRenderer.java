package dev.terms.render;

/** -o sarif: a SARIF 2.1.0 log, written as JSON; only check's findings have one. */
public final class SarifRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.SARIF;
    }

    @Override
    public boolean accepts(View view) {
        return view instanceof View.SarifLog;
    }

    @Override
    public void render(View view, View.Page page) {
        if (view instanceof View.SarifLog s) Data.write(s.sarif(), Format.JSON, page.out());
        else throw new AssertionError(view);
    }
}
