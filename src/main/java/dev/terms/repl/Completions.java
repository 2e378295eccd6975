package dev.terms.repl;

import dev.terms.app.Names;
import dev.terms.model.Modality;
import dev.terms.model.Status;
import dev.terms.render.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What Tab offers for a word of a line: setting names and values, option values (formats,
 * modalities, statuses, kinds, ids), clause ids after show, and names inside a question.
 * Commands and options themselves come from picocli's completer over the same command tree.
 */
final class Completions {

    private Completions() {}

    static Names names(Session session) {
        return session.names();
    }

    static List<String> of(Session session, List<String> words, int index) {
        Names names = names(session);
        String first = words.isEmpty() ? "" : words.get(0);
        String previous = index > 0 ? words.get(index - 1) : "";
        List<String> out = new ArrayList<>();
        if (index == 0) {
            out.addAll(Session.BUILTINS);
            return out;
        }
        if (first.equals("set")) {
            if (index == 1) return List.of("format", "as-of", "file");
            if (index == 2 && previous.equals("format")) {
                return Format.words("");
            }
            if (index == 2 && previous.equals("as-of")) return List.of("today");
            return List.of();
        }
        switch (previous) {
            case "-o", "--format" -> {
                return Format.words(first);
            }
            case "--modality" -> {
                return Modality.words();
            }
            case "--status" -> {
                return Arrays.stream(Status.State.values()).map(Status.State::word).toList();
            }
            default -> { }
        }
        if (names == null) return out;
        switch (previous) {
            case "--kind" -> {
                return List.copyOf(names.kinds());
            }
            case "--party" -> {
                return List.copyOf(names.parties());
            }
            case "--agreement" -> {
                return List.copyOf(names.agreements());
            }
            case "--tag" -> {
                return List.copyOf(names.tags());
            }
            default -> { }
        }
        String current = index < words.size() ? words.get(index) : "";
        if (current.startsWith("-")) return out;
        if (first.equals("show")) return List.copyOf(names.clauses());
        if (!session.commands().getSubcommands().containsKey(first) || Set.of("ask", "who", "what", "where", "when",
                "search").contains(first)) {
            out.addAll(names.inQuestion());
        }
        return out;
    }

    static boolean wantsPath(List<String> words, int index) {
        if (index == 0) return false;
        String previous = words.get(index - 1);
        return previous.equals("-f") || previous.equals("--file") || words.get(0).equals("set") && index >= 2
                && words.get(1).equals("file") || words.get(0).equals("diff") && !previous.startsWith("-");
    }

    static boolean wantsCommandTree(List<String> words, int index) {
        if (index == 0) return true;
        String current = index < words.size() ? words.get(index) : "";
        return current.startsWith("-");
    }
}
