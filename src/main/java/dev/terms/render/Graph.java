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

    /** One edge: a clause between two parties (or from a party to its agreement, when no one else is named). */
    record Edge(String from, String to, String label, boolean inForce) {}

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
                // each party towards each other, in both directions: never a loop from a party to itself
                for (String f : c.party()) for (String t : c.party())
                    if (!f.equals(t)) out.add(new Edge(node(a, f), node(a, t), label, s.inForce()));
                continue;
            }
            List<String> to = new ArrayList<>(c.counterparty());
            List<String> from = new ArrayList<>(c.party());
            if (to.isEmpty() && from.size() > 1) to.add(from.remove(from.size() - 1));
            if (to.isEmpty()) to.add("agreement:" + a.id());
            for (String f : from) for (String t : to) out.add(new Edge(node(a, f), node(a, t), label, s.inForce()));
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
            out.println("  " + id(e.from()) + (e.inForce() ? " -->|\"" : " -.->|\"") + quote(e.label()) + "\"| " + id(e.to()));
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
                    + (e.inForce() ? "" : ", style=dashed") + "];");
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
