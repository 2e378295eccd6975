package dev.terms.expect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A question and its answer now, written as an entry of a questions file ({@code terms test --record}). */
public final class Recording {

    private Recording() {}

    /** The entry, from the JSON answer of {@code ask -o json}: what it answers is what the entry expects. */
    public static String entry(String question, LocalDate asOf, Map<String, Object> answer) {
        StringBuilder b = new StringBuilder();
        b.append("  - question: ").append(scalar(question)).append('\n');
        b.append("    as-of: ").append(asOf).append('\n');
        List<Map<String, Object>> answers = Judge.answers(answer);
        if (answers.isEmpty()) {
            b.append("    answer: none\n");
            return b.toString();
        }
        if ("yes-no".equals(answer.get("type")) && answers.stream().allMatch(a -> a.get("value") instanceof Boolean)) {
            Set<String> values = Judge.values(answers);
            // a mixed yes and no cannot be written as one verdict: keep the values themselves
            if (values.size() == 1) b.append("    answer: ").append(values.contains("true") ? "yes" : "no").append('\n');
            else b.append("    value: ").append(list(values)).append('\n');
        } else {
            b.append("    value: ").append(list(Judge.values(answers))).append('\n');
        }
        Set<String> clauses = Judge.clauses(answers);
        if (!clauses.isEmpty()) b.append("    clause: ").append(list(clauses)).append('\n');
        return b.toString();
    }

    private static String list(Set<String> items) {
        if (items.size() == 1) return scalar(items.iterator().next());
        return "[" + String.join(", ", items.stream().map(Recording::scalar).toList()) + "]";
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][^\\n\\r\\t,\\[\\]{}\"]*");
    private static final Pattern RESOLVED = Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~|[-+.0-9eE_:]+");

    /** Text as a YAML scalar: plain when YAML would read it back as the same text, else double-quoted. */
    static String scalar(String s) {
        boolean plain = PLAIN.matcher(s).matches() && !s.contains(": ") && !s.contains(" #") && !s.endsWith(":")
                && !s.endsWith(" ") && !RESOLVED.matcher(s).matches() && !s.matches("\\d{4}-\\d{2}-\\d{2}.*");
        if (plain) return s;
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
