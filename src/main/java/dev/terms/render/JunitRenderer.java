package dev.terms.render;

/** -o junit: JUnit XML; only test's results have it. */
public final class JunitRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.JUNIT;
    }

    @Override
    public boolean accepts(View view) {
        return view instanceof View.JunitXml;
    }

    @Override
    public void render(View view, View.Page page) {
        if (view instanceof View.JunitXml j) j.junit(page.out());
        else throw new AssertionError(view);
    }
}
