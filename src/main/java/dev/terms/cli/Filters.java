package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Words;
import dev.terms.question.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The values a filter option takes from the files (--party, --kind, --tag): one that names
 * nothing loaded is a usage error with the nearest value, as an unknown clause id or --agreement
 * is, rather than an empty result; and an empty result says, on standard error, what was asked.
 */
final class Filters {

    private Filters() {}

    /** At most this many values are listed when none is near. */
    private static final int LISTED = 12;

    static void party(Corpus corpus, String value) {
        known("--party", "party", value, values(corpus, a -> a.parties().keySet()));
    }

    /** A kind any clause has, or one of the kinds the tool knows (a known kind no clause has is an empty result). */
    static void kind(Corpus corpus, String value) {
        Set<String> kinds = values(corpus, a -> a.clauses().stream().map(Clause::kind).toList());
        kinds.addAll(Lexicon.KINDS.keySet());
        known("--kind", "kind", value, kinds);
    }

    static void tag(Corpus corpus, String value) {
        known("--tag", "tag", value, values(corpus, a -> a.clauses().stream().flatMap(c -> c.tags().stream()).toList()));
    }

    private static Set<String> values(Corpus corpus, Function<Agreement, ? extends java.util.Collection<String>> of) {
        Set<String> out = new TreeSet<>();
        for (Agreement a : corpus.agreements()) out.addAll(of.apply(a));
        return out;
    }

    private static void known(String option, String what, String value, Set<String> values) {
        if (value == null || values.contains(value)) return;
        String near = Words.nearest(value, values);
        String message = "no " + what + " '" + value + "' in the loaded files (" + option + ")";
        if (near != null) {
            message += "; did you mean '" + near + "'?";
        } else if (values.isEmpty()) {
            message += "; they have none";
        } else {
            List<String> some = new ArrayList<>(values).subList(0, Math.min(LISTED, values.size()));
            message += "; " + (values.size() > LISTED ? "some are " : "they are ") + String.join(", ", some)
                    + (values.size() > LISTED ? ", ..." : "");
        }
        throw new TermsException(Exit.USAGE, message);
    }

    /** The filters given, as the user typed them: "--party microsoft --kind payment". */
    static String given(String... optionsAndValues) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < optionsAndValues.length; i += 2) {
            if (optionsAndValues[i + 1] != null) out.add(optionsAndValues[i] + " " + optionsAndValues[i + 1]);
        }
        return String.join(" ", out);
    }
}
