package dev.terms.render;

/** -o ndjson: a list one object a line, anything else as one line. */
public final class NdjsonRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.NDJSON;
    }

    @Override
    public boolean accepts(View view) {
        return true;
    }

    @Override
    public void render(View view, View.Page page) {
        if (view instanceof View.Listed l) Data.writeList(l.items(), Format.NDJSON, page.out());
        else Data.write(view.data(), Format.NDJSON, page.out());
    }
}
