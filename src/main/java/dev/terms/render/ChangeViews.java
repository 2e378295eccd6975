package dev.terms.render;

import dev.terms.change.DateDiff;
import dev.terms.change.FileDiff;
import dev.terms.change.Milestone;
import dev.terms.change.PartyDelta;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timelines and diffs: their JSON shape, and their text and markdown for people. */
public final class ChangeViews {

    private ChangeViews() {}

    public static Map<String, Object> milestone(Milestone m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", m.date() == null ? null : m.date().toString());
        out.put("kind", Milestone.kind(m));
        Milestone.OfClause c = m instanceof Milestone.OfClause x ? x : null;
        out.put("clause", c == null ? null : c.clause());
        out.put("by", c == null ? null : c.by());
        out.put("agreement", m.agreement());
        if (m instanceof Milestone.OfEvent e) out.put("event", e.event());
        if (c != null && c.endedBy() != null) out.put("event", c.endedBy());
        out.put("title", m.title());
        if (c != null && c.until() != null) out.put("until", c.until());
        if (m instanceof Milestone.OfRenewal r) {
            out.put("lastDay", r.lastDay().toString());
            if (r.noticeBy() != null) out.put("noticeBy", r.noticeBy().toString());
        }
        return out;
    }

    /**
     * "2025-01-21  superseded  cloud-exclusivity by rofr-new-capacity · title"; an end an event made
     * says so, "(until breach on 2025-03-10)"; one not yet dated says what it waits for; a renewal
     * gives the new term and the notice deadline that could have stopped it.
     */
    public static void milestones(List<Milestone> items, boolean qualify, Style style, PrintWriter out) {
        for (Milestone m : items) {
            String what = Milestone.about(m);
            Milestone.OfClause c = m instanceof Milestone.OfClause x ? x : null;
            if (qualify && !(m instanceof Milestone.OfRenewal)) what = m.agreement() + "/" + what;
            StringBuilder line = new StringBuilder(String.format("%-10s", m.date() == null ? "not dated" : m.date()))
                    .append("  ").append(String.format("%-10s", Milestone.kind(m))).append("  ").append(style.bold(what));
            if (c != null && c.by() != null) line.append(" by ").append(c.by());
            line.append(" · ").append(m.title());
            if (m instanceof Milestone.OfRenewal r) {
                line.append(": a new term to ").append(r.lastDay());
                if (r.noticeBy() != null) line.append(" (unless notice of non-renewal by ").append(r.noticeBy()).append(')');
            } else if (c != null && c.until() != null) {
                line.append(" (until ").append(c.until()).append(", not yet dated)");
            } else if (c != null && c.endedBy() != null) {
                line.append(" (until ").append(c.endedBy()).append(" on ").append(m.date().plusDays(1)).append(')');
            }
            out.println(line);
            if (out.checkError()) return;
        }
        out.flush();
    }

    public static Map<String, Object> dateDiff(DateDiff d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", d.from().toString());
        out.put("to", d.to().toString());
        List<Object> clauses = new ArrayList<>();
        for (DateDiff.ClauseChange c : d.clauses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.change().word());
            m.put("clause", c.clause());
            m.put("agreement", c.agreement());
            m.put("title", c.title());
            m.put("date", c.date() == null ? null : c.date().toString());
            m.put("by", c.by());
            m.put("change", switch (c.change()) { // the 0.1 name and words, an alias through 0.2
                case STARTS -> "started";
                case ENDS -> "ended";
                case SUPERSEDED -> "superseded";
            });
            clauses.add(m);
        }
        out.put("clauses", clauses);
        out.put("parties", parties(d.parties()));
        return out;
    }

    public static Map<String, Object> fileDiff(FileDiff d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("before", d.beforeFile());
        out.put("after", d.afterFile());
        out.put("added", d.added());
        out.put("removed", d.removed());
        List<Object> changed = new ArrayList<>();
        for (FileDiff.ClauseChange c : d.changed()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", c.clause());
            m.put("title", c.title());
            List<Object> fields = new ArrayList<>();
            for (FileDiff.FieldChange f : c.fields()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("field", f.field());
                x.put("before", f.before());
                x.put("after", f.after());
                x.put("change", f.change());
                x.put("old", f.before()); // the 0.1 names, aliases through 0.2
                x.put("new", f.after());
                fields.add(x);
            }
            m.put("fields", fields);
            changed.add(m);
        }
        out.put("changed", changed);
        out.put("parties", parties(d.parties()));
        out.put("old", d.beforeFile()); // the 0.1 names, aliases through 0.2
        out.put("new", d.afterFile());
        return out;
    }

    private static List<Object> parties(List<PartyDelta> deltas) {
        List<Object> out = new ArrayList<>();
        for (PartyDelta p : deltas) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("party", p.party());
            m.put("agreement", p.agreement());
            m.put("gainedHolds", p.gainedHolds());
            m.put("lostHolds", p.lostHolds());
            m.put("gainedOwes", p.gainedOwes());
            m.put("lostOwes", p.lostOwes());
            out.add(m);
        }
        return out;
    }

    public static final List<String> DATE_DIFF_HEADERS = List.of("KIND", "CLAUSE", "DATE", "BY", "TITLE");

    /** The clause changes a row each. */
    public static List<List<String>> dateDiffRows(DateDiff d) {
        List<List<String>> rows = new ArrayList<>();
        for (DateDiff.ClauseChange c : d.clauses()) {
            rows.add(List.of(c.change().word(), c.clause(), c.date() == null ? "" : c.date().toString(), c.by() == null ? "" : c.by(),
                    c.title()));
        }
        return rows;
    }

    public static final List<String> FILE_DIFF_HEADERS = List.of("CHANGE", "CLAUSE", "FIELD", "BEFORE", "AFTER");

    /** Every changed field a row: CHANGE, CLAUSE, FIELD, BEFORE, AFTER. */
    public static List<List<String>> fileDiffRows(FileDiff d) {
        List<List<String>> rows = new ArrayList<>();
        for (String id : d.added()) rows.add(List.of("added", id, "", "", ""));
        for (String id : d.removed()) rows.add(List.of("removed", id, "", "", ""));
        for (FileDiff.ClauseChange c : d.changed()) {
            for (FileDiff.FieldChange f : c.fields()) {
                rows.add(List.of("changed", c.clause() == null ? "(agreement)" : c.clause(), f.field(), shown(f.before()),
                        shown(f.after())));
            }
        }
        return rows;
    }

    public static void dateDiffText(DateDiff d, boolean markdown, PrintWriter out) {
        out.println((markdown ? "## " : "") + "Changes between " + d.from() + " and " + d.to());
        if (d.isEmpty()) out.println(markdown ? "\nNo changes." : "  no changes");
        if (markdown && !d.clauses().isEmpty()) out.println("\n| kind | clause | date | by | title |\n|---|---|---|---|---|");
        for (DateDiff.ClauseChange c : d.clauses()) {
            if (markdown) {
                out.println("| " + c.change().word() + " | " + c.clause() + " | " + (c.date() == null ? "" : c.date()) + " | "
                        + (c.by() == null ? "" : c.by()) + " | " + c.title() + " |");
            } else {
                out.println("  " + String.format("%-10s", c.change().word()) + "  " + c.clause()
                        + (c.date() != null ? " on " + c.date() : "") + (c.by() != null ? " by " + c.by() : "")
                        + " · " + c.title());
            }
        }
        partiesText(d.parties(), "Parties", markdown, out);
        out.flush();
    }

    public static void fileDiffText(FileDiff d, String asOf, boolean markdown, PrintWriter out) {
        out.println((markdown ? "## " : "") + "Changes from " + d.beforeFile() + " to " + d.afterFile());
        if (d.isEmpty()) out.println(markdown ? "\nNo changes." : "  no changes");
        if (markdown) out.println();
        for (String id : d.added()) out.println((markdown ? "- " : "  ") + "added    " + id);
        for (String id : d.removed()) out.println((markdown ? "- " : "  ") + "removed  " + id);
        for (FileDiff.ClauseChange c : d.changed()) {
            out.println((markdown ? "- " : "  ") + "changed  " + (c.clause() == null ? "the agreement" : c.clause())
                    + " · " + c.title());
            for (FileDiff.FieldChange f : c.fields()) {
                out.println((markdown ? "    - " : "      ") + f.field() + ": " + shown(f.before()) + " → " + shown(f.after())
                        + (f.change() == null ? "" : " (" + f.change() + ")"));
            }
        }
        partiesText(d.parties(), "Parties, as of " + asOf, markdown, out);
        out.flush();
    }

    private static void partiesText(List<PartyDelta> deltas, String heading, boolean markdown, PrintWriter out) {
        if (deltas.isEmpty()) return;
        out.println(markdown ? "\n### " + heading + "\n" : heading + ":");
        for (PartyDelta p : deltas) {
            out.println((markdown ? "- **" + p.party() + "**" : "  " + p.party()) + ":");
            line(out, markdown, "gains the right", p.gainedHolds());
            line(out, markdown, "loses the right", p.lostHolds());
            line(out, markdown, "gains the duty", p.gainedOwes());
            line(out, markdown, "is freed of", p.lostOwes());
        }
    }

    private static void line(PrintWriter out, boolean markdown, String what, List<String> ids) {
        if (!ids.isEmpty()) out.println((markdown ? "    - " : "    ") + what + ": " + String.join(", ", ids));
    }

    private static String shown(Object v) {
        if (v == null) return "(none)";
        if (v instanceof List<?> l) return "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]";
        return String.valueOf(v);
    }
}
