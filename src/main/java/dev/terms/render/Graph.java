package dev.terms.render;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Party;
import dev.terms.model.Status;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreements as a picture: parties as nodes, each clause as an edge from its party to its
 * counterparty labelled with modality, kind and place. Clauses not in force are drawn dashed.
 */
public final class Graph {

    private Graph() {}

    /**
     * One edge: a clause between two parties (or from a party to its agreement, when no one else is
     * named); {@code both}: a mutual clause, each party towards the other, drawn as one edge with two heads.
     */
    record Edge(String from, String to, String label, boolean inForce, boolean both) {}

    static List<Edge> edges(Corpus corpus, LocalDate asOf, boolean all) {
        List<Edge> out = new ArrayList<>();
        for (Corpus.Item it : corpus.items()) {
            Clause c = it.clause();
            Agreement a = it.agreement();
            Status s = corpus.status(it, asOf);
            if (!all && !s.inForce()) continue;
            String label = c.modality().word() + " · " + c.kind() + (c.where() != null ? " · " + a.label(c.where()) : "")
                    + (s.inForce() ? "" : " (" + s.state().word() + ")");
            if (c.reciprocal()) {
                // one edge for each pair, both ways: never a loop from a party to itself, and no party's side left out
                List<String> ps = c.party();
                for (int i = 0; i < ps.size(); i++) for (int j = i + 1; j < ps.size(); j++)
                    out.add(new Edge(node(a, ps.get(i)), node(a, ps.get(j)), label, s.inForce(), true));
                continue;
            }
            // towards no one named: each party's right or duty goes to the agreement itself, none drawn as another's target
            List<String> to = c.counterparty().isEmpty() ? List.of("agreement:" + a.id()) : c.counterparty();
            for (String f : c.party()) for (String t : to) out.add(new Edge(node(a, f), node(a, t), label, s.inForce(), false));
        }
        return out;
    }

    private static String node(Agreement a, String id) {
        return id.startsWith("agreement:") ? id.replace(':', '_') : a.id() + "_" + id;
    }

    public static void mermaid(Corpus corpus, LocalDate asOf, boolean all, PrintWriter out) {
        out.println("graph LR");
        List<Edge> edges = edges(corpus, asOf, all);
        for (Agreement a : corpus.agreements()) {
            for (Party p : a.parties().values()) out.println("  " + id(a.id() + "_" + p.id()) + "[\"" + quote(p.name()) + "\"]");
            if (uses(edges, a)) out.println("  " + id("agreement_" + a.id()) + "[(\"" + quote(a.title()) + "\")]");
        }
        for (Edge e : edges) {
            String arrow = (e.both() ? "<" : "") + (e.inForce() ? "-->" : "-.->");
            out.println("  " + id(e.from()) + " " + arrow + "|\"" + quote(e.label()) + "\"| " + id(e.to()));
        }
        out.flush();
    }

    public static void dot(Corpus corpus, LocalDate asOf, boolean all, PrintWriter out) {
        out.println("digraph terms {");
        out.println("  rankdir=LR;");
        out.println("  node [shape=box, style=rounded];");
        List<Edge> edges = edges(corpus, asOf, all);
        for (Agreement a : corpus.agreements()) {
            for (Party p : a.parties().values()) out.println("  \"" + a.id() + "_" + p.id() + "\" [label=\"" + dotQuote(p.name()) + "\"];");
            if (uses(edges, a)) out.println("  \"agreement_" + a.id() + "\" [label=\"" + dotQuote(a.title()) + "\", shape=note];");
        }
        for (Edge e : edges) {
            out.println("  \"" + e.from() + "\" -> \"" + e.to() + "\" [label=\"" + dotQuote(e.label()) + "\""
                    + (e.both() ? ", dir=both" : "") + (e.inForce() ? "" : ", style=dashed") + "];");
        }
        out.println("}");
        out.flush();
    }

    private static boolean uses(List<Edge> edges, Agreement a) {
        return edges.stream().anyMatch(e -> e.to().equals("agreement_" + a.id()));
    }

    /** Mermaid node ids: letters, digits and underscores. */
    private static String id(String s) {
        return s.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String quote(String s) {
        return s.replace("\"", "#quot;");
    }

    private static String dotQuote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
