package dev.terms.render;

import dev.terms.answer.Answer;
import dev.terms.change.DateDiff;
import dev.terms.change.FileDiff;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What diff prints: the changes between two dates or two files, and with --questions the
 * questions whose answer changed ({@code questions} is null when none were asked).
 */
public sealed interface Changes extends View.Prose, View.Markdown, View.Tabular {

    List<ChangedAnswer> questions();

    /** A question and its answers on each side. */
    record ChangedAnswer(String question, List<Answer> before, List<Answer> after) {}

    /** Between two dates of the loaded files. */
    record ByDate(DateDiff diff, List<ChangedAnswer> questions) implements Changes {
        @Override
        public Fields fields() {
            return Fields.DATE_DIFF;
        }

        @Override
        public Object data() {
            return withQuestions(ChangeViews.dateDiff(diff), questions);
        }

        @Override
        public void text(Page page) {
            ChangeViews.dateDiffText(diff, false, page.out());
            questionsText(questions, false, page.out());
        }

        @Override
        public void markdown(PrintWriter out) {
            ChangeViews.dateDiffText(diff, true, out);
            questionsText(questions, true, out);
        }

        @Override
        public List<String> headers() {
            return ChangeViews.DATE_DIFF_HEADERS;
        }

        @Override
        public List<List<String>> rows() {
            return ChangeViews.dateDiffRows(diff);
        }
    }

    /** Between two versions of a file, both as of {@code asOf}. */
    record ByFile(FileDiff diff, String asOf, List<ChangedAnswer> questions) implements Changes {
        @Override
        public Fields fields() {
            return Fields.FILE_DIFF;
        }

        @Override
        public Object data() {
            return withQuestions(ChangeViews.fileDiff(diff), questions);
        }

        @Override
        public void text(Page page) {
            ChangeViews.fileDiffText(diff, asOf, false, page.out());
            questionsText(questions, false, page.out());
        }

        @Override
        public void markdown(PrintWriter out) {
            ChangeViews.fileDiffText(diff, asOf, true, out);
            questionsText(questions, true, out);
        }

        @Override
        public List<String> headers() {
            return ChangeViews.FILE_DIFF_HEADERS;
        }

        @Override
        public List<List<String>> rows() {
            return ChangeViews.fileDiffRows(diff);
        }
    }

    /** After a table, the questions whose answer changed, as text. */
    @Override
    default List<String> footer() {
        if (questions() == null) return List.of();
        java.io.StringWriter s = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(s);
        questionsText(questions(), false, out);
        out.flush();
        return s.toString().lines().toList();
    }

    private static Map<String, Object> withQuestions(Map<String, Object> view, List<ChangedAnswer> questions) {
        if (questions == null) return view;
        List<Object> changed = new ArrayList<>();
        for (ChangedAnswer c : questions) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("question", c.question());
            m.put("before", c.before().stream().map(a -> (Object) Views.answer(a)).toList());
            m.put("after", c.after().stream().map(a -> (Object) Views.answer(a)).toList());
            changed.add(m);
        }
        view.put("questions", changed);
        return view;
    }

    private static void questionsText(List<ChangedAnswer> changed, boolean markdown, PrintWriter out) {
        if (changed == null) return;
        out.println((markdown ? "\n## " : "") + "Answers that changed" + (changed.isEmpty() ? ": none" : ""));
        for (ChangedAnswer c : changed) {
            out.println((markdown ? "- " : "  ") + c.question());
            sentences(out, markdown, "before", c.before());
            sentences(out, markdown, "after", c.after());
        }
    }

    private static void sentences(PrintWriter out, boolean markdown, String side, List<Answer> answers) {
        String prefix = markdown ? "    - " + side + ": " : "    " + side + ": ";
        if (answers.isEmpty()) out.println(prefix + "(no answer)");
        for (Answer a : answers) out.println(prefix + Sentence.of(a.sentence()));
    }
}
