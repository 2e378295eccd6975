package dev.terms.render;

/** -o json: the view's data as one indented JSON document. */
public final class JsonRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public boolean accepts(View view) {
        return true;
    }

    @Override
    public void render(View view, View.Page page) {
        Data.write(view.data(), Format.JSON, page.out());
    }
}
