package dev.terms.load;

import dev.terms.model.Location;
import java.util.List;

/** A YAML node with its location: the loader's tree, built from the parser's events. */
sealed interface YNode permits YNode.Scalar, YNode.Mapping, YNode.Sequence {

    Location location();

    /** {@code plain}: unquoted, so YAML would resolve it (null, true, 12); quoted scalars are always text. */
    record Scalar(String value, boolean plain, Location location) implements YNode {
        boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
        }
    }

    record Entry(Scalar key, YNode value) {}

    record Mapping(List<Entry> entries, Location location) implements YNode {}

    record Sequence(List<YNode> items, Location location) implements YNode {}

    /** What to call a node's type in an error message. */
    static String describe(YNode n) {
        if (n instanceof Scalar s) return s.isNull() ? "nothing (null)" : "a scalar";
        if (n instanceof Mapping) return "a mapping";
        if (n instanceof Sequence) return "a list";
        throw new AssertionError(n);
    }
}
