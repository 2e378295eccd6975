package dev.terms.render;

import dev.terms.expect.Expectation;
import dev.terms.expect.Judge;
import dev.terms.expect.Outcome;
import dev.terms.expect.Suite;
import dev.terms.model.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code terms test} prints: text for people, TAP and JUnit XML for CI systems, and a JSON
 * tree for scripts. The question's location is the questions file's.
 */
public record TestReport(List<Suite> suites) implements View.Prose, View.TestAnything, View.JunitXml {

    @Override
    public void text(Page page) {
        text(page.out());
    }

    @Override
    public Fields fields() {
        return Fields.TEST;
    }

    @Override
    public Object data() {
        return json();
    }

    /** One line per question ({@code FILE:LINE:COLUMN: ok|FAIL: question}, with why), then the count. */
    void text(PrintWriter out) {
        long passed = 0, failed = 0;
        for (Suite s : suites) {
            for (Outcome o : s.outcomes()) {
                Expectation e = o.expectation();
                if (o.passed()) {
                    passed++;
                    out.println(e.location() + ": ok: " + Printable.line(e.question()));
                } else {
                    failed++;
                    out.println(e.location() + ": FAIL: " + Printable.line(e.question()));
                    out.println("  " + Printable.line(o.failure()));
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
    }

    /** TAP version 14: a plan, one test point per question, a YAML block saying why for each failure. */
    @Override
    public void tap(PrintWriter out) {
        List<Outcome> all = new ArrayList<>();
        for (Suite s : suites) all.addAll(s.outcomes());
        out.println("TAP version 14");
        out.println("1.." + all.size());
        int n = 0;
        for (Outcome o : all) {
            n++;
            String description = Printable.line(o.expectation().question()).replace("\\", "\\\\").replace("#", "\\#");
            out.println((o.passed() ? "ok " : "not ok ") + n + " - " + description);
            if (o.passed()) continue;
            out.println("  ---");
            out.println("  message: " + quoted(o.failure()));
            out.println("  at: " + quoted(o.expectation().location().toString()));
            out.println("  expected: " + quoted(Judge.expected(o.expectation())));
            out.println("  got: " + quoted(Judge.got(o.answer())));
            out.println("  ...");
        }
    }

    /**
     * JUnit XML as Jenkins, GitLab, GitHub's test reporters and Surefire read it: one testsuite
     * per questions file, one testcase per question, a failure element for each wrong answer.
     */
    @Override
    public void junit(PrintWriter out) {
        long tests = 0, failures = 0;
        for (Suite s : suites) {
            tests += s.outcomes().size();
            failures += s.failures();
        }
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"terms test\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\">");
        for (Suite s : suites) {
            out.println("  <testsuite name=" + attr(s.file()) + " tests=\"" + s.outcomes().size() + "\" failures=\""
                    + s.failures() + "\" errors=\"0\" skipped=\"0\" file=" + attr(s.file()) + ">");
            for (Outcome o : s.outcomes()) {
                Expectation e = o.expectation();
                String open = "    <testcase name=" + attr(e.question()) + " classname=" + attr(s.file()) + " file="
                        + attr(s.file()) + " line=\"" + e.location().line() + "\"";
                if (o.passed()) {
                    out.println(open + "/>");
                    continue;
                }
                out.println(open + ">");
                out.println("      <failure message=" + attr(o.failure()) + " type=\"wrong-answer\">"
                        + xml(e.location() + ": " + o.failure()) + "</failure>");
                out.println("    </testcase>");
            }
            out.println("  </testsuite>");
        }
        out.println("</testsuites>");
    }

    /** The JSON tree: {@code {ok, passed, failed, questions[{location, question, asOf, passed, expected, got}]}}. */
    Map<String, Object> json() {
        List<Object> questions = new ArrayList<>();
        long passed = 0, failed = 0;
        for (Suite s : suites) {
            for (Outcome o : s.outcomes()) {
                Expectation e = o.expectation();
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("location", Views.location(e.location()));
                q.put("question", e.question());
                q.put("asOf", o.answer().get("asOf"));
                q.put("passed", o.passed());
                q.put("expected", Judge.expected(e));
                q.put("got", Judge.got(o.answer()));
                q.put("file", e.location().file()); // the 0.1 names, as 0.1 printed them, through 0.2
                q.put("line", e.location().line());
                q.put("column", e.location().column());
                questions.add(q);
                if (o.passed()) passed++;
                else failed++;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", failed == 0);
        m.put("passed", passed);
        m.put("failed", failed);
        m.put("questions", questions);
        return m;
    }

    /** A JSON string, which is also a YAML flow scalar: TAP's diagnostics are YAML. */
    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static String attr(String s) {
        return "\"" + xml(s) + "\"";
    }

    /**
     * Text as XML 1.0 character data or attribute value: markup characters as entities, line
     * breaks and tabs as character references (an attribute would fold them to spaces), and
     * characters XML 1.0 cannot hold at all (other controls, lone surrogates) as U+FFFD.
     */
    static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
