package dev.terms.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a tree of ordered maps, lists, strings, numbers, booleans and nulls as JSON, NDJSON or
 * YAML. Every structured output goes through here, so the three formats always agree.
 */
public final class Data {

    private static final JsonFactory JSON = new JsonFactory();

    private Data() {}

    public static void write(Object tree, Format format, PrintWriter out) {
        switch (format) {
            case JSON -> {
                json(tree, out, true);
                out.println();
            }
            case NDJSON -> {
                json(tree, out, false);
                out.println();
            }
            case YAML -> yaml(tree, out);
            default -> throw new IllegalArgumentException("not a data format: " + format);
        }
        out.flush();
    }

    /** Each item on its own line (NDJSON), or the whole list as one document. */
    public static void writeList(List<?> items, Format format, PrintWriter out) {
        if (format == Format.NDJSON) {
            for (Object item : items) {
                json(item, out, false);
                out.println();
                if (out.checkError()) return;
            }
            out.flush();
        } else {
            write(items, format, out);
        }
    }

    private static void json(Object tree, Writer out, boolean pretty) {
        try {
            JsonGenerator g = JSON.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                g.setPrettyPrinter(pp);
            }
            value(g, tree);
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof Integer i) g.writeNumber(i);
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Double d) g.writeNumber(d);
        else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) value(g, o);
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }

    private static void yaml(Object tree, PrintWriter out) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setWidth(100);
        o.setSplitLines(true);
        new Yaml(o).dump(tree, out);
    }
}
