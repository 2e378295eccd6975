package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.change.Chronology;
import dev.terms.change.Milestone;
import dev.terms.load.LoadException;
import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.render.Milestones;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Every start, end, supersession, renewal and event, in date order, as known at --as-of. "
                + "An end is the clause's last day in force, whatever ends it; one not yet dated comes last.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms timeline", "  terms timeline --party microsoft --from 2024-01-01",
                "  terms timeline -o ndjson | jq -r 'select(.kind == \"superseded\") | .clause'",
                "", "Exit status: 0 listed something; 1 nothing matched (standard error says what was asked);",
                "2 a value of --party or --kind that names nothing in the files (with the nearest one)."})
final class TimelineCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Option(names = "--party", paramLabel = "ID", description = "Only clauses this party is party or counterparty to.")
    String party;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only clauses of this kind, e.g. exclusivity.")
    String kind;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "To this date (inclusive).")
    String to;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        LocalDate start = Workspace.date("--from", from), end = Workspace.date("--to", to);
        Corpus corpus = ws.corpus();
        Filters.party(corpus, party);
        Filters.kind(corpus, kind);
        List<Milestone> items = new ArrayList<>();
        for (Milestone m : Chronology.of(corpus, ws.asOf())) {
            // an end not yet dated lies in no range of dates
            if ((start != null || end != null) && m.date() == null) continue;
            if (start != null && m.date().isBefore(start) || end != null && m.date().isAfter(end)) continue;
            if ((party != null || kind != null) && !matches(corpus, m)) continue;
            items.add(m);
        }
        ws.print(new Milestones(items, corpus.agreements().size() > 1));
        if (items.isEmpty()) {
            String filters = Filters.given("--party", party, "--kind", kind, "--from", from, "--to", to);
            ws.io().err().println("terms: nothing in the timeline as known on " + ws.asOf()
                    + (filters.isEmpty() ? "" : " matches " + filters));
            ws.io().err().flush();
        }
        return items.isEmpty() ? Exit.NO_MATCH : Exit.OK;
    }

    /**
     * Events pass a party or kind filter only when a clause they start or end does; a renewal, which
     * renews every clause, passes a party filter and no kind filter.
     */
    private boolean matches(Corpus corpus, Milestone m) {
        if (m instanceof Milestone.OfRenewal) return kind == null;
        Agreement a = corpus.agreements().stream().filter(x -> x.id().equals(m.agreement())).findFirst().orElseThrow();
        List<Clause> clauses = m instanceof Milestone.OfClause c ? List.of(a.clause(c.clause()))
                : a.clauses().stream().filter(c -> refers(c, Milestone.about(m))).toList();
        return clauses.stream().anyMatch(c -> (party == null || c.party().contains(party) || c.counterparty().contains(party))
                && (kind == null || c.kind().equals(kind)));
    }

    private static boolean refers(Clause c, String event) {
        return event.equals(dev.terms.model.Bound.event(c.effective()))
                || c.until().stream().anyMatch(b -> event.equals(dev.terms.model.Bound.event(b)));
    }
}
