package dev.terms.load;

import dev.terms.expect.Expectation;
import dev.terms.expect.QuestionsFile;
import dev.terms.model.Location;
import dev.terms.model.Words;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a questions file ({@code terms test}): a mapping with {@code questions}, a list of
 * {@code {question, as-of, value, clause, answer, note}}. Every problem is reported, located,
 * as the terms file's are. Keeps nothing between calls.
 */
public final class QuestionsLoader {

    static final List<String> TOP = List.of("questions");
    static final List<String> QUESTION = List.of("question", "as-of", "value", "clause", "answer", "note");

    private QuestionsLoader() {}

    public static QuestionsFile load(Path path, String shown) throws LoadException {
        byte[] bytes;
        try {
            bytes = Bounded.read(path, Limits.DEFAULT.maxFileBytes(), true);
        } catch (Bounded.TooLarge e) {
            throw new LoadException(List.of(Diagnostic.error(new Location(shown, 1, 1), "limit",
                    "the file is more than " + Limits.DEFAULT.maxFileBytes() + " bytes")), false);
        } catch (Bounded.NotRegular e) {
            throw unreadable(shown, "is " + e.getMessage() + ", not a regular file");
        } catch (NoSuchFileException e) {
            throw unreadable(shown, "no such file");
        } catch (IOException e) {
            throw unreadable(shown, "cannot be read: " + TermsFiles.reason(e));
        }
        YamlReader reader = new YamlReader(shown, Limits.DEFAULT);
        Tape tape = reader.parse(reader.decode(bytes));
        return new Reading(tape).file(shown);
    }

    /** One file's reading: the tape and the problems found in it. */
    private static final class Reading {
        final Tape tape;
        final List<Diagnostic> problems = new ArrayList<>();

        Reading(Tape tape) {
            this.tape = tape;
        }

        QuestionsFile file(String shown) throws LoadException {
            List<Expectation> out = new ArrayList<>();
            Map<String, int[]> top = tape.size() == 0 ? null : mapping(0, "a questions file", TOP);
            if (top == null || !top.containsKey("questions")) {
                Location at = tape.size() == 0 ? new Location(shown, 1, 1) : tape.location(0);
                problems.add(Diagnostic.error(at, "required", "a questions file needs 'questions', a list of "
                        + "{question, as-of, value, clause, answer}"));
            } else {
                int list = top.get("questions")[1];
                if (!tape.sequence(list)) {
                    error(list, "type", "questions must be a list, got " + tape.describe(list));
                } else {
                    for (int item = list + 1; item < tape.end(list); item = tape.end(item)) {
                        Expectation e = question(item);
                        if (e != null) out.add(e);
                    }
                }
            }
            if (!problems.isEmpty()) throw new LoadException(List.copyOf(problems), false);
            return new QuestionsFile(shown, List.copyOf(out));
        }

        private Expectation question(int item) {
            Map<String, int[]> f = mapping(item, "a question", QUESTION);
            if (f == null) return null;
            String question = text(f.get("question"));
            if (question == null || question.isBlank()) {
                problems.add(Diagnostic.error(tape.location(item), "required", "a question needs 'question', the question asked"));
                return null;
            }
            LocalDate asOf = date(f.get("as-of"));
            List<String> values = texts(f.get("value"));
            List<String> clauses = texts(f.get("clause"));
            Expectation.Verdict verdict = null;
            int[] answer = f.get("answer");
            if (answer != null) {
                String word = text(answer);
                for (Expectation.Verdict v : Expectation.Verdict.values()) {
                    if (word != null && v.word().equals(word.toLowerCase(Locale.ROOT))) verdict = v;
                }
                if (verdict == null) {
                    error(answer[1], "enum", "answer must be yes, no or none, got '" + word + "'");
                    return null;
                }
            }
            if (verdict == null && values.isEmpty() && clauses.isEmpty()) {
                problems.add(Diagnostic.error(tape.location(item), "required", "question '" + question
                        + "' expects nothing: give value, clause, or answer (yes, no or none)"));
                return null;
            }
            if (verdict == Expectation.Verdict.NONE && (!values.isEmpty() || !clauses.isEmpty())) {
                error(answer[1], "conflict", "answer: none (no answer) cannot have a value or a clause");
                return null;
            }
            if (verdict != null && verdict != Expectation.Verdict.NONE && !values.isEmpty()) {
                error(f.get("value")[1], "conflict", "a yes/no answer's value is the answer itself; "
                        + "give answer: " + verdict.word() + " and, if you like, the clause");
                return null;
            }
            return new Expectation(question.strip(), asOf, values, clauses, verdict, tape.location(item));
        }

        /** A mapping's known keys, each as {key slot, value slot}; unknown keys reported, x- keys skipped. */
        private Map<String, int[]> mapping(int node, String what, List<String> keys) {
            if (!tape.mapping(node)) {
                error(node, "type", what + " must be a mapping, got " + tape.describe(node));
                return null;
            }
            Map<String, int[]> out = new LinkedHashMap<>();
            for (int k = node + 1; k < tape.end(node); ) {
                int v = tape.end(k);
                String key = tape.text(k);
                if (key != null && !key.startsWith("x-")) {
                    if (keys.contains(key)) {
                        out.put(key, new int[] {k, v});
                    } else {
                        String near = Words.nearest(key, keys);
                        error(k, "unknown-key", "unknown key '" + key + "' in " + what
                                + (near != null ? "; did you mean '" + near + "'?" : "; the keys are " + String.join(", ", keys)));
                    }
                }
                k = tape.end(v);
            }
            return out;
        }

        private String text(int[] entry) {
            if (entry == null) return null;
            int v = entry[1];
            if (tape.scalar(v) && !tape.isNull(v)) return tape.text(v);
            error(v, "type", tape.text(entry[0]) + " must be text, got " + tape.describe(v));
            return null;
        }

        /** One text or a list of them. */
        private List<String> texts(int[] entry) {
            if (entry == null) return List.of();
            int v = entry[1];
            if (tape.sequence(v)) {
                List<String> out = new ArrayList<>();
                for (int n = v + 1; n < tape.end(v); n = tape.end(n)) {
                    if (tape.scalar(n) && !tape.isNull(n)) out.add(tape.text(n));
                    else error(n, "type", tape.text(entry[0]) + " must hold text, got " + tape.describe(n));
                }
                return List.copyOf(out);
            }
            String one = text(entry);
            return one == null ? List.of() : List.of(one);
        }

        private LocalDate date(int[] entry) {
            String s = text(entry);
            if (s == null) return null;
            try {
                if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("", s, 0);
                return LocalDate.parse(s);
            } catch (DateTimeParseException x) {
                error(entry[1], "date", "as-of must be a date YYYY-MM-DD, got '" + s + "'");
                return null;
            }
        }

        private void error(int at, String code, String message) {
            problems.add(Diagnostic.error(tape.location(at), code, message));
        }
    }

    private static LoadException unreadable(String file, String why) {
        return new LoadException(List.of(Diagnostic.error(new Location(file, 0, 0), "unreadable", why)), true);
    }
}
