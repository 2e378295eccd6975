package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.quote.Quotation;
import dev.terms.quote.Quotations;
import dev.terms.render.QuotationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Find each clause's quotation (its text) in the contract's own text: the file its source "
                + "names (file: in agreement.sources, relative to the terms file).",
                "Whitespace, line breaks and curly quotes are not differences; an ellipsis (... or …) stands for "
                        + "words left out. For a quotation not found, the closest passage, with the difference "
                        + "marked: [-the contract's words-]{+the quotation's+}."},
        footerHeading = "%nExamples:%n",
        footer = {"  terms verify", "  terms -f contracts/nda.yaml verify -o json", "",
                "Exit status: 0 every quotation found in its source, 1 some quotation not found or not checked."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        Quotations quotations = ws.quotations();
        List<QuotationReport.Entry> entries = new ArrayList<>();
        for (Agreement a : ws.corpus().agreements()) {
            for (Clause c : a.clauses()) {
                Quotation q = quotations.find(a, c);
                if (q != null) entries.add(new QuotationReport.Entry(a, c, q)); // null: it quotes nothing
            }
        }
        QuotationReport report = new QuotationReport(entries);
        ws.print(report);
        return report.ok() ? Exit.OK : Exit.NO_MATCH;
    }
}
