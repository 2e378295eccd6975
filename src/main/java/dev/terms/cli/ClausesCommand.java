package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Modality;
import dev.terms.model.Status;
import dev.terms.render.ClauseListing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "clauses", mixinStandardHelpOptions = true,
        description = "List clauses, in force as of the date unless --all.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms clauses", "  terms clauses --party microsoft -o table", "  terms clauses --all --status superseded",
                "  terms clauses --kind exclusivity -o ndjson", "", "Exit status: 0 listed something; 1 nothing matched (standard error says what was asked);",
                "2 a value of --party, --kind or --tag that names nothing in the files (with the nearest one)."})
final class ClausesCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Option(names = "--party", paramLabel = "ID", description = "Clauses where this party is the party or counterparty.")
    String party;

    @Option(names = "--kind", paramLabel = "KIND", description = "Clauses of this kind, e.g. exclusivity.")
    String kind;

    @Option(names = "--modality", paramLabel = "M", description = "right, obligation, prohibition, permission or statement.")
    String modality;

    @Option(names = "--status", paramLabel = "S", description = "pending, in-force, expired or superseded (implies --all).")
    String status;

    @Option(names = "--tag", paramLabel = "TAG", description = "Clauses with this tag.")
    String tag;

    @Option(names = "--all", description = "Include clauses not in force at the date.")
    boolean all;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        if (modality != null && Modality.of(modality) == null) {
            throw new TermsException(Exit.USAGE, "unknown modality '" + modality + "'; use one of "
                    + String.join(", ", Modality.words()));
        }
        List<String> states = java.util.Arrays.stream(Status.State.values()).map(Status.State::word).toList();
        if (status != null && !states.contains(status)) {
            throw new TermsException(Exit.USAGE, "unknown status '" + status + "'; use one of " + String.join(", ", states));
        }
        Corpus corpus = ws.corpus();
        Filters.party(corpus, party);
        Filters.kind(corpus, kind);
        Filters.tag(corpus, tag);
        List<Corpus.Item> shown = new ArrayList<>();
        int notInForce = 0;
        for (Corpus.Item it : corpus.items()) {
            Clause c = it.clause();
            Status s = corpus.status(it, ws.asOf());
            if (party != null && !c.party().contains(party) && !c.counterparty().contains(party)) continue;
            if (kind != null && !c.kind().equals(kind)) continue;
            if (modality != null && !c.modality().word().equals(modality)) continue;
            if (tag != null && !c.tags().contains(tag)) continue;
            if (status != null ? !s.state().word().equals(status) : !all && !s.inForce()) {
                if (status == null) notInForce++;
                continue;
            }
            shown.add(it);
        }
        ws.print(new ClauseListing(corpus, shown, ws.asOf()));
        if (shown.isEmpty()) nothing(ws, notInForce);
        return shown.isEmpty() ? Exit.NO_MATCH : Exit.OK;
    }

    /** Why the list is empty, on standard error: what was asked, and what --all would add. */
    private void nothing(Workspace ws, int notInForce) {
        String filters = Filters.given("--party", party, "--kind", kind, "--modality", modality, "--tag", tag,
                "--status", status);
        String which = status != null || all ? "no clause" : "no clause in force on " + ws.asOf();
        String why = which + (filters.isEmpty() ? "" : " matches " + filters);
        if (notInForce > 0) {
            why += "; " + notInForce + " not in force " + (notInForce == 1 ? "does" : "do") + " (--all lists "
                    + (notInForce == 1 ? "it" : "them") + ")";
        }
        ws.io().err().println("terms: " + why);
        ws.io().err().flush();
    }
}
