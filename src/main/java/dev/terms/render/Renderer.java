package dev.terms.render;

import java.util.Arrays;
import java.util.List;

/** Turns any view that has what its format needs into output: one small class per format. */
public sealed interface Renderer permits TextRenderer, TableRenderer, MarkdownRenderer, JsonRenderer, YamlRenderer,
        NdjsonRenderer, SarifRenderer, TapRenderer, JunitRenderer {

    Format format();

    /** Whether this format can print the view at all. */
    boolean accepts(View view);

    void render(View view, View.Page page);

    static Renderer of(Format format) {
        return switch (format) {
            case TEXT -> new TextRenderer();
            case TABLE -> new TableRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case YAML -> new YamlRenderer();
            case NDJSON -> new NdjsonRenderer();
            case SARIF -> new SarifRenderer();
            case TAP -> new TapRenderer();
            case JUNIT -> new JunitRenderer();
        };
    }

    /** The words of the formats a view can be printed in, in the order help lists formats. */
    static List<String> formats(View view) {
        return Arrays.stream(Format.values()).filter(f -> of(f).accepts(view)).map(Format::word).toList();
    }
}
