package dev.terms.load;

import dev.terms.model.Location;
import dev.terms.model.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The diagnostics of reading one file, as the decoder and the reference checks find them. */
final class Problems {

    /**
     * Names a file may have compared for did-you-mean suggestions: each costs little (see
     * {@link Words#nearest}), but ten thousand bad references against a hundred thousand ids
     * would not. Past it, errors come without a suggestion.
     */
    static final long SUGGESTION_BUDGET = 500_000;

    private final List<Diagnostic> list = new ArrayList<>();
    private long budget = SUGGESTION_BUDGET;

    void error(Location at, String code, String message) {
        list.add(Diagnostic.error(at, code, message));
    }

    int count() {
        return list.size();
    }

    boolean any() {
        return !list.isEmpty();
    }

    List<Diagnostic> all() {
        return List.copyOf(list);
    }

    /** "; did you mean 'x'?" when one of {@code known} is near {@code word}, within the budget. */
    String hint(String word, Collection<String> known) {
        if (known.size() > budget) return "";
        budget -= known.size();
        String near = Words.nearest(word, known);
        return near == null ? "" : "; did you mean '" + near + "'?";
    }
}
