package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Agreement;
import dev.terms.model.Corpus;
import dev.terms.model.Party;
import dev.terms.model.Positions;
import dev.terms.render.PartyPositions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "parties", mixinStandardHelpOptions = true,
        description = "Each party with what it holds and what it owes, including the duties that follow from "
                + "other parties' rights.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms parties", "  terms parties -o json", "  terms parties --all --as-of 2024-06-01"})
final class PartiesCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Option(names = "--all", description = "Include clauses not in force at the date.")
    boolean all;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        Corpus corpus = ws.corpus();
        List<PartyPositions.Entry> parties = new ArrayList<>();
        for (Agreement a : corpus.agreements()) {
            for (Party p : a.parties().values()) {
                parties.add(new PartyPositions.Entry(a, p, Positions.of(corpus.timeline(a), p.id(), ws.asOf(), all)));
            }
        }
        ws.print(new PartyPositions(parties));
        return Exit.OK;
    }
}
