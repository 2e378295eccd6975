package dev.terms.render;

import java.io.PrintWriter;
import java.util.List;

/**
 * What a command prints, as typed values. Every view has its data, the tree the data formats
 * print; the interfaces below say which of the formats for people it can also be printed in. One
 * {@link Renderer} per format turns any view that has what it needs into output, and a format a
 * view cannot take is refused, never replaced by another.
 */
public interface View {

    /** The tree JSON, YAML and NDJSON print: ordered maps, lists and scalars; its field names are a public contract. */
    Object data();

    /** The documented fields of the data's objects (of each item, for a list): what --fields may name. */
    Fields fields();

    /** A list of objects: NDJSON prints one a line, and --fields applies to each. */
    interface Listed extends View {
        List<?> items();

        @Override
        default Object data() {
            return items();
        }
    }

    /** Text for people (-o text, the default). */
    interface Prose extends View {
        void text(Page page);
    }

    /** Markdown of its own, rather than its table's. */
    interface Markdown extends View {
        void markdown(PrintWriter out);
    }

    /** Rows under headers: -o table, and -o markdown as a table unless the view has markdown of its own. */
    interface Tabular extends View {
        List<String> headers();

        List<List<String>> rows();

        /** Lines printed after the table (-o table only): what does not fit its columns. */
        default List<String> footer() {
            return List.of();
        }
    }

    /** A SARIF log, for code review tools: check's findings. */
    interface SarifLog extends View {
        Object sarif();
    }

    /** Only data, with the fields it was taken from: what --fields leaves of another view. */
    record Picked(Object data, Fields fields) implements View {}

    /** Only a list of data: what --fields leaves of a list. */
    record PickedList(List<?> items, Fields fields) implements Listed {}

    /** Test results as TAP 14, for CI systems: terms test. */
    interface TestAnything extends View {
        void tap(PrintWriter out);
    }

    /** Test results as JUnit XML, for CI systems: terms test. */
    interface JunitXml extends View {
        void junit(PrintWriter out);
    }

    /** Where a view is printed: the stream, its decoration, and whether a person is reading it. */
    record Page(PrintWriter out, Style style, boolean terminal) {}
}
