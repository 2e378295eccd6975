package dev.terms.render;

/** -o tap: TAP version 14; only test's results have it. */
public final class TapRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.TAP;
    }

    @Override
    public boolean accepts(View view) {
        return view instanceof View.TestAnything;
    }

    @Override
    public void render(View view, View.Page page) {
        if (view instanceof View.TestAnything t) t.tap(page.out());
        else throw new AssertionError(view);
    }
}
