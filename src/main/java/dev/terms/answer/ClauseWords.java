package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Named;
import dev.terms.question.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A clause's words, field by field, as stems between spaces, so a phrase's key can be found
 * with one {@code contains}. Built once per clause. Fields are ordered by how much a match in
 * them says about the clause: its names first, its quoted text last.
 */
record ClauseWords(String names, String kind, String action, String things, String purpose, String text) {

    static ClauseWords of(Agreement a, Clause c) {
        List<String> names = new ArrayList<>(c.aliases());
        names.add(c.title());
        names.add(c.id().replace('-', ' '));
        List<String> things = new ArrayList<>();
        for (String ref : new String[] {c.object(), c.where()}) {
            if (ref == null) continue;
            things.add(ref);
            Named n = a.named(ref);
            if (n != null) {
                things.add(n.name());
                things.addAll(n.aliases());
            }
        }
        List<String> purpose = new ArrayList<>(c.conditions());
        purpose.addAll(c.exceptions());
        purpose.addAll(c.tags());
        if (c.purpose() != null) purpose.add(c.purpose());
        if (c.amount() != null) purpose.add(c.amount());
        return new ClauseWords(stems(names), stems(List.of(c.kind().replace('-', ' '))),
                stems(c.action() == null ? List.of() : List.of(c.action())), stems(things), stems(purpose),
                stems(c.text() == null ? List.of() : List.of(c.text())));
    }

    /** Each phrase's stems, phrases separated by " | " so no match spans two of them. */
    static String stems(List<String> phrases) {
        StringBuilder b = new StringBuilder(" ");
        for (String p : phrases) {
            for (Text.Token t : Text.tokens(p)) b.append(t.stem()).append(' ');
            b.append("| ");
        }
        return b.toString();
    }

    /** Whether the key's stems stand in the field as whole words: " key " without building that string. */
    static boolean has(String field, String key) {
        if (key.isEmpty()) return field.contains("  ");
        int end = field.length() - key.length();
        for (int i = field.indexOf(key); i >= 0; i = field.indexOf(key, i + 1)) {
            if (i > 0 && i < end && field.charAt(i - 1) == ' ' && field.charAt(i + key.length()) == ' ') return true;
        }
        return false;
    }
}
