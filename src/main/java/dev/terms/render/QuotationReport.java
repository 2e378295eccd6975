package dev.terms.render;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Printable;
import dev.terms.quote.Quotation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code terms verify} found: each clause's quotation, found in its source's text, missing, or not checked. */
public record QuotationReport(List<Entry> entries) implements View.Listed, View.Prose {

    /** One clause's quotation and what became of it. */
    public record Entry(Agreement agreement, Clause clause, Quotation quotation) {}

    @Override
    public Fields fields() {
        return Fields.QUOTATION;
    }

    /** Whether every quotation was found. */
    public boolean ok() {
        return entries.stream().allMatch(e -> e.quotation() instanceof Quotation.Found);
    }

    /** {@code terms.yaml:82:5: clause 'x': found at contract.txt:3:1}, or what is closest, marked; then the counts. */
    @Override
    public void text(Page page) {
        PrintWriter out = page.out();
        int found = 0, missing = 0, unchecked = 0;
        for (Entry e : entries) {
            String head = e.clause().location() + ": clause '" + Printable.line(e.clause().id()) + "': ";
            Quotation q = e.quotation();
            if (q instanceof Quotation.Found f) {
                found++;
                out.println(head + "found at " + f.at());
            } else if (q instanceof Quotation.Missing m) {
                missing++;
                out.println(head + "not found in " + Printable.line(m.file()));
                if (m.closest() != null) {
                    out.println("  closest, at " + m.closest().at() + ": " + Printable.line(m.closest().marked()));
                }
            } else if (q instanceof Quotation.Unchecked u) {
                unchecked++;
                out.println(head + "not checked: " + Printable.line(u.why()));
            } else {
                throw new AssertionError(q);
            }
        }
        out.println(found + " found, " + missing + " not found" + (unchecked > 0 ? ", " + unchecked + " not checked" : ""));
    }

    /** {@code {clause, agreement, location, result, at | closest{file, line, column, passage, marked} | why}}. */
    @Override
    public List<?> items() {
        List<Object> out = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", e.clause().id());
            m.put("agreement", e.agreement().id());
            m.put("location", Views.location(e.clause().location()));
            Quotation q = e.quotation();
            m.put("result", q.word());
            if (q instanceof Quotation.Found f) {
                m.put("at", Views.location(f.at()));
            } else if (q instanceof Quotation.Missing x) {
                if (x.closest() != null) {
                    Map<String, Object> closest = Views.location(x.closest().at());
                    closest.put("passage", x.closest().passage());
                    closest.put("marked", x.closest().marked());
                    m.put("closest", closest);
                }
            } else if (q instanceof Quotation.Unchecked u) {
                m.put("why", u.why());
            } else {
                throw new AssertionError(q);
            }
            out.add(m);
        }
        return out;
    }
}
