package dev.terms.render;

import dev.terms.answer.Answer;
import dev.terms.answer.Candidate;
import dev.terms.answer.Result;
import dev.terms.answer.Sentences;
import dev.terms.answer.Unifier;
import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Status;
import dev.terms.question.Frame;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Text for people: one sentence per answer, then the clause that supports it and its own words. */
public final class TextRender {

    private final Corpus corpus;
    private final Style style;
    private final PrintWriter out;

    private final java.util.function.Function<Corpus.Item, dev.terms.model.Location> quoted;

    public TextRender(Corpus corpus, Style style, PrintWriter out) {
        this(corpus, style, out, it -> null);
    }

    /** {@code quoted}: where a clause's quotation stands in the contract's text, cited after the terms file's line. */
    public TextRender(Corpus corpus, Style style, PrintWriter out,
            java.util.function.Function<Corpus.Item, dev.terms.model.Location> quoted) {
        this.corpus = corpus;
        this.style = style;
        this.out = out;
        this.quoted = quoted;
    }

    /** {@code agreement/clause} where several agreements are loaded, else the clause id. */
    public String id(Corpus.Item it) {
        return corpus.agreements().size() > 1 ? it.agreement().id() + "/" + it.clause().id() : it.clause().id();
    }

    public void result(Result r, boolean explain) {
        LocalDate asOf = r.query().asOf();
        if (!r.answered()) {
            out.println(r.note() != null ? r.note() : "No answer: no clause in force as of " + asOf + " answers this.");
            if (!r.suggestions().isEmpty()) {
                out.println("Nearest clauses:");
                for (Corpus.Item it : r.suggestions()) out.println("  " + style.bold(id(it)) + " · " + it.clause().title());
            }
        }
        Corpus.Item last = null;
        for (Answer a : r.answers()) {
            out.println(Sentence.of(a.sentence()));
            if (a.clause() == null) {
                out.println("  " + style.dim(a.agreement().id() + " · " + a.agreement().title()));
            } else if (!a.clause().equals(last)) {
                cited(a.clause(), asOf);
            }
            last = a.clause();
        }
        if (explain) explain(r);
        out.flush();
    }

    private void cited(Corpus.Item it, LocalDate asOf) {
        Clause c = it.clause();
        Status s = corpus.status(it, asOf);
        String statusText = Sentences.status(it, s);
        out.println("  " + style.bold(id(it)) + " · " + c.title() + " · " + style.status(s.state().word(), statusText));
        if (c.text() != null) out.println("  \"" + c.text().strip() + "\"");
        List<String> where = new ArrayList<>();
        where.add(c.location().toString());
        dev.terms.model.Location at = quoted.apply(it);
        if (at != null) where.add(at.toString());
        if (c.source() != null) where.add(c.source());
        if (c.evidence() != null) where.add(c.evidence().word());
        out.println("  " + style.dim(String.join(" · ", where)));
    }

    private void explain(Result r) {
        Map<String, Object> e = Views.explain(r);
        out.println("explain:");
        @SuppressWarnings("unchecked")
        Map<String, Object> q = (Map<String, Object>) e.get("query");
        for (var entry : q.entrySet()) out.println("  " + entry.getKey() + ": " + brief(entry.getValue()));
        Frame f = r.query().frame();
        out.println("  frame: asked " + f.asked().word() + (f.negated() ? ", polarity negative" : ""));
        StringBuilder words = new StringBuilder();
        for (Frame.Term t : f.words()) words.append(words.length() > 0 ? " " : "").append(t.word()).append('/').append(t.role().word());
        out.println("    words: " + words);
        if (r.decision() != null) {
            out.println("  decision: " + r.decision().row().word() + (r.decision().by() == null ? ""
                    : " by " + r.decision().by().clause().id()) + " (" + r.decision().reason() + ")");
        }
        out.println("  candidates:");
        for (Candidate c : r.candidates()) {
            out.printf("    %s %-28s %6.2f  %s%n", c.taken() ? "✓" : "·", id(c.item()), c.score(),
                    String.join("; ", c.why()));
            if (c.unification() == null) continue;
            StringBuilder slots = new StringBuilder();
            for (Unifier.Slot slot : c.unification().slots()) {
                if (slot.reason() == Unifier.Reason.OPEN) continue;
                slots.append(slots.length() > 0 ? "; " : "").append(slot.slot()).append(' ').append(slot.asked())
                        .append(": ").append(slot.reason().word());
            }
            out.println("        slots: " + slots);
            if (!c.unification().unmatched().isEmpty())
                out.println("        unmatched: " + String.join(", ", c.unification().unmatched()));
        }
    }

    /** A query field on one line: mentions as "text → kind:id", lists comma-separated. */
    private static String brief(Object v) {
        if (v instanceof Map<?, ?> m && m.containsKey("refersTo")) return m.get("text") + " → " + brief(m.get("refersTo"));
        if (v instanceof List<?> l) return String.join(", ", l.stream().map(TextRender::brief).toList());
        return String.valueOf(v);
    }

    /** One line a clause: id, status, title. */
    public void clauseLine(Corpus.Item it, LocalDate asOf) {
        Status s = corpus.status(it, asOf);
        out.println(style.bold(id(it)) + " · " + style.status(s.state().word(), s.state().word()) + " · "
                + it.clause().title());
    }

    /** A clause in full. */
    public void show(Corpus.Item it, LocalDate asOf) {
        Clause c = it.clause();
        Agreement a = it.agreement();
        Status s = corpus.status(it, asOf);
        out.println(style.bold(id(it)) + " — " + c.title());
        row("status", style.status(s.state().word(), Sentences.status(it, s)));
        row("in force", Sentences.period(s));
        row("kind", c.kind());
        row("modality", c.modality().word());
        if (c.negative()) row("polarity", c.polarity().word());
        row("party", names(a, c.party()));
        if (!c.counterparty().isEmpty()) row("counterparty", names(a, c.counterparty()));
        row("action", c.action());
        if (c.object() != null) row("object", named(a, c.object()));
        if (c.where() != null) row("where", named(a, c.where()));
        if (c.exclusive() != null) row("exclusive", c.exclusive() ? "yes" : "no (stated non-exclusive)");
        row("amount", c.amount());
        row("purpose", c.purpose());
        if (!c.conditions().isEmpty()) row("conditions", String.join("; ", c.conditions()));
        if (!c.exceptions().isEmpty()) row("exceptions", String.join("; ", c.exceptions()));
        if (c.effective() != null) row("effective", dev.terms.model.Bound.text(c.effective()));
        if (!c.until().isEmpty()) row("until", String.join(", ", c.until().stream().map(dev.terms.model.Bound::text).toList()));
        if (!c.supersedes().isEmpty()) row("supersedes", String.join(", ", c.supersedes()));
        List<String> by = corpus.timeline(a).supersededBy(c).stream().map(Clause::id).toList();
        if (!by.isEmpty()) row("superseded by", String.join(", ", by));
        if (c.survives() != null) row("survives", c.survives() ? "yes" : "no");
        if (c.every() != null) row("every", c.every().text());
        if (c.due() != null) row("due", dev.terms.model.Due.words(c.due(), c.every()));
        if (c.notice() != null) row("notice", c.notice().text());
        if (c.mutual()) row("mutual", "yes: each party towards the other");
        if (!c.aliases().isEmpty()) row("aliases", String.join(", ", c.aliases()));
        if (!c.tags().isEmpty()) row("tags", String.join(", ", c.tags()));
        if (c.text() != null) row("text", "\"" + c.text().strip() + "\"");
        row("source", c.source());
        if (c.evidence() != null) row("evidence", c.evidence().word());
        row("note", c.note());
        row("agreement", a.id());
        row("location", c.location().toString());
        out.flush();
    }

    private void row(String name, String value) {
        if (value != null) out.printf("  %-14s%s%n", name, value);
    }

    private static String names(Agreement a, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> a.label(id) + " (" + id + ")").toList());
    }

    private static String named(Agreement a, String ref) {
        String label = a.label(ref);
        return label.equals(ref) ? ref : label + " (" + ref + ")";
    }

    /** A table: aligned with a header on a terminal; tab-separated without decoration in a pipe. */
    public void table(List<String> headers, List<List<String>> rows, boolean terminal, boolean markdown) {
        table(headers, rows, terminal, markdown, style, out);
    }

    public static void table(List<String> headers, List<List<String>> rows, boolean terminal, boolean markdown,
            Style style, PrintWriter out) {
        if (markdown) {
            out.println("| " + String.join(" | ", headers) + " |");
            out.println("|" + "---|".repeat(headers.size()));
            for (List<String> r : rows) {
                out.println("| " + String.join(" | ", r.stream().map(x -> x.replace("|", "\\|")).toList()) + " |");
            }
        } else if (!terminal) {
            for (List<String> r : rows) out.println(String.join("\t", r));
        } else {
            int[] w = new int[headers.size()];
            for (int i = 0; i < w.length; i++) w[i] = headers.get(i).length();
            for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], r.get(i).length());
            out.println(style.bold(line(headers, w).strip()));
            for (List<String> r : rows) out.println(line(r, w).stripTrailing());
        }
        out.flush();
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + w[i] + "s  ", cells.get(i)));
        }
        return b.toString();
    }
}
