package dev.terms.render;

import dev.terms.model.Agreement;
import dev.terms.model.Party;
import dev.terms.model.Positions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Each party with what it holds, owes and is the subject of, as parties prints them. */
public record PartyPositions(List<Entry> parties) implements View.Listed, View.Prose, View.Tabular {

    @Override
    public Fields fields() {
        return Fields.PARTY;
    }

    /** One party of one agreement and its positions at the date. */
    public record Entry(Agreement agreement, Party party, Positions positions) {}

    @Override
    public List<?> items() {
        List<Object> out = new ArrayList<>();
        for (Entry e : parties) out.add(Views.party(e.agreement(), e.party(), e.positions()));
        return out;
    }

    @Override
    public void text(Page page) {
        PrintWriter out = page.out();
        for (int i = 0; i < parties.size(); i++) {
            Entry e = parties.get(i);
            Party p = e.party();
            if (i > 0) out.println();
            out.println(page.style().bold(p.name()) + " (" + p.id() + ")" + (p.role() != null ? " · " + p.role() : ""));
            section(out, "holds", " (owed to it)", e.positions().holds());
            section(out, "owes", " (must respect it)", e.positions().owes());
            section(out, "statements", " (about it)", e.positions().statements());
        }
    }

    /** {@code via}: how the party comes to it when it is the counterparty, not the party. */
    private static void section(PrintWriter out, String name, String via, List<Positions.Entry> entries) {
        if (entries.isEmpty()) return;
        out.println("  " + name + ":");
        for (Positions.Entry e : entries) {
            out.println("    " + e.clause().id() + " · " + e.clause().title() + (e.counterparty() ? via : ""));
        }
    }

    @Override
    public List<String> headers() {
        return List.of("ID", "NAME", "HOLDS", "OWES");
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : parties) {
            rows.add(List.of(e.party().id(), e.party().name(), ids(e.positions().holds()), ids(e.positions().owes())));
        }
        return rows;
    }

    private static String ids(List<Positions.Entry> entries) {
        return String.join(",", entries.stream().map(e -> e.clause().id()).toList());
    }
}
