package dev.terms.render;

/** -o yaml: the view's data as one YAML document, the same tree JSON prints. */
public final class YamlRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.YAML;
    }

    @Override
    public boolean accepts(View view) {
        return true;
    }

    @Override
    public void render(View view, View.Page page) {
        Data.write(view.data(), Format.YAML, page.out());
    }
}
