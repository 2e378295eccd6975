package dev.terms.expect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an answer is the one a questions file expects. The answer is the JSON answer of
 * {@code terms ask -o json} (its {@code type} and {@code answers[].value} and {@code .clause}),
 * so what {@code test} checks is exactly what a script reading {@code ask} would see.
 */
public final class Judge {

    private Judge() {}

    /** Why the answer is not the one expected, or null when it is. */
    public static String failure(Expectation e, Map<String, Object> answer) {
        List<Map<String, Object>> answers = answers(answer);
        boolean ok = verdictHolds(e.verdict(), answer, answers)
                && (e.values().isEmpty() || Set.copyOf(e.values()).equals(values(answers)))
                && (e.clauses().isEmpty() || Set.copyOf(e.clauses()).equals(clauses(answers)));
        return ok ? null : "expected " + expected(e) + ", got " + got(answer);
    }

    private static boolean verdictHolds(Expectation.Verdict v, Map<String, Object> answer, List<Map<String, Object>> answers) {
        if (v == null) return !answers.isEmpty();
        if (v == Expectation.Verdict.NONE) return answers.isEmpty();
        if (!"yes-no".equals(answer.get("type")) || answers.isEmpty()) return false;
        Boolean want = v == Expectation.Verdict.YES;
        return answers.stream().allMatch(a -> want.equals(a.get("value")));
    }

    /** The expectation in the questions file's words: {@code yes (clause a)}, {@code value x, clause c}, {@code no answer}. */
    public static String expected(Expectation e) {
        List<String> parts = new ArrayList<>();
        if (e.verdict() == Expectation.Verdict.NONE) return "no answer";
        if (e.verdict() != null) parts.add(e.verdict().word());
        if (!e.values().isEmpty()) parts.add("value " + String.join(", ", e.values()));
        if (!e.clauses().isEmpty()) parts.add("clause " + String.join(", ", e.clauses()));
        return String.join("; ", parts);
    }

    /** The answer in the same words: {@code yes (clause a)}, {@code value x (clause c)}, {@code no answer}. */
    public static String got(Map<String, Object> answer) {
        List<Map<String, Object>> answers = answers(answer);
        if (answers.isEmpty()) return "no answer";
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> a : answers) {
            Object v = a.get("value");
            String word = v instanceof Boolean b ? (b ? "yes" : "no") : "value " + v;
            parts.add(a.get("clause") == null ? word : word + " (clause " + a.get("clause") + ")");
        }
        return String.join("; ", parts);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> answers(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("answers");
    }

    /** The answers' values as a questions file writes them: {@code true}/{@code false} for yes/no. */
    public static Set<String> values(List<Map<String, Object>> answers) {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, Object> a : answers) out.add(String.valueOf(a.get("value")));
        return out;
    }

    public static Set<String> clauses(List<Map<String, Object>> answers) {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, Object> a : answers) if (a.get("clause") != null) out.add((String) a.get("clause"));
        return out;
    }
}
