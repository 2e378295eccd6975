package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Io;
import dev.terms.app.TermsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter terms file: the schema line, two parties, one clause of each modality. "
                + "Never overwrites a file.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms init", "  terms init contracts/acme-globex.yaml",
                "", "Beside the new file it writes terms.schema.json, the schema its first line names, unless one is there.",
                "Missing directories are created.",
                "", "Exit status: 0 written; 73 the file exists (nothing is changed); 74 it cannot be written."})
final class InitCommand implements Callable<Integer> {

    /** sysexits EX_CANTCREAT. */
    static final int CANNOT_CREATE = 73;

    @ParentCommand
    TermsCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "terms.yaml", description = "Default: terms.yaml.")
    String file;

    /** The schema's file name, beside the new file: its first line names it, relative, so editors read it offline. */
    static final String SCHEMA = "terms.schema.json";

    @Override
    public Integer call() throws IOException {
        Io io = root.io();
        Path path = io.cwd().resolve(file);
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new TermsException(CANNOT_CREATE, file + " exists; not overwriting it");
        }
        Path dir = path.toAbsolutePath().normalize().getParent();
        try {
            Files.createDirectories(dir); // as mkdir -p: `terms init contracts/new.yaml` makes contracts/
        } catch (FileAlreadyExistsException e) {
            Path in = Path.of(e.getFile());
            Path cwd = io.cwd().toAbsolutePath().normalize();
            throw new TermsException(Exit.IO_ERROR, file + ": cannot be written: "
                    + (in.startsWith(cwd) ? cwd.relativize(in) : in) + " is a file, not a directory");
        } catch (IOException e) {
            throw new TermsException(Exit.IO_ERROR, file + ": cannot be written: its directory cannot be created ("
                    + reason(e) + ")");
        }
        try {
            // CREATE_NEW: refuses atomically if the file exists, even if it appears meanwhile
            Files.writeString(path, STARTER, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new TermsException(CANNOT_CREATE, file + " exists; not overwriting it");
        } catch (IOException e) {
            throw new TermsException(Exit.IO_ERROR, file + ": cannot be written (" + reason(e) + ")");
        }
        Path schema = dir.resolve(SCHEMA);
        String shownSchema = Path.of(file).getParent() == null ? SCHEMA : Path.of(file).getParent().resolve(SCHEMA).toString();
        String said;
        try (InputStream in = InitCommand.class.getResourceAsStream("/" + SCHEMA)) {
            if (in == null) throw new IllegalStateException(SCHEMA + " is missing from the jar");
            Files.write(schema, in.readAllBytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            said = "Wrote " + file + " and " + shownSchema + ", the schema its first line names (editors check the file"
                    + " with it, offline).";
        } catch (FileAlreadyExistsException e) {
            said = "Wrote " + file + "; its first line names " + shownSchema + ", which is already there and left as it"
                    + " is (terms schema > " + shownSchema + " brings it up to date).";
        } catch (IOException e) {
            said = "Wrote " + file + "; its first line names " + shownSchema + ", which could not be written ("
                    + reason(e) + "): terms schema > " + shownSchema + " writes it.";
        }
        io.out().println(said);
        io.out().println("Try: terms -f " + file + " check, then terms -f " + file + " ask \"Who may terminate?\"");
        io.out().flush();
        return Exit.OK;
    }

    private static String reason(IOException e) {
        String m = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    static final String STARTER = """
            # yaml-language-server: $schema=./terms.schema.json
            # A terms file: one agreement, its parties, defined terms, events and clauses.
            # Check it with `terms check`; ask it with `terms ask "..."`.
            version: 1.1

            agreement:
              id: acme-globex-supply          # kebab-case; names the agreement when several are loaded
              title: Acme–Globex supply agreement
              aliases: [the Supply Agreement, this Agreement]   # what people call it in questions
              effective: 2025-01-01           # YYYY-MM-DD, and nothing else
              until: [3 years after start, termination]   # a date (inclusive), an event, a time after one; the earliest
              renewal:                        # renews for successive terms unless notice stops it
                automatic: true
                term: 1 year
                notice: 90 days               # the non-renewal notice, before a term ends
                by: [acme, globex]            # who may give it
                unless: non-renewal-notice    # the event of that notice; date it once given
              sources:
                - id: master
                  title: Supply Agreement between Acme Corp and Globex Inc.

            parties:                          # who the clauses are about; aliases are what people call them
              acme:
                name: Acme Corp
                aliases: [Acme]
              globex:
                name: Globex Inc.
                aliases: [Globex]

            definitions:                      # the things clauses speak of
              widgets:
                name: Widgets
                aliases: [products, the Products]
                type: product
              territory:
                name: the Territory
                aliases: [EU, European Union]
                type: place

            events:                           # things that may happen; give a date once they have
              change-of-control:
                name: a change of control of Globex
              non-renewal-notice:
                name: a party gives notice of non-renewal
              termination:
                name: termination of this Agreement

            clauses:
              # right: the party holds it; the counterparty must respect it
              - id: exclusive-supply
                title: Exclusive supply in the Territory
                kind: exclusivity
                modality: right
                party: globex
                counterparty: acme
                action: distribute Widgets
                object: widgets
                where: territory
                exclusive: true
                until: [2027-12-31, change-of-control]   # the earliest that has happened ends it
                text: Acme appoints Globex as its exclusive distributor of Widgets in the Territory.
                source: master §2.1
                evidence: contract

              # obligation: the party must do it
              - id: minimum-purchase
                title: Minimum annual purchase
                kind: minimum-commitment
                modality: obligation
                party: globex
                counterparty: acme
                action: purchase Widgets
                object: widgets
                amount: {value: 10000, unit: units, per: year}   # or text; value, percent or times
                every: year                   # day, week, month, quarter, year, or "2 years"
                text: Globex shall purchase at least 10,000 Widgets in each contract year.
                source: master §4.2
                evidence: contract

              # prohibition: the party must not do it
              - id: no-assignment
                title: No assignment without consent
                kind: anti-assignment
                modality: prohibition
                party: globex
                counterparty: acme
                action: assign the agreement without Acme's written consent
                text: Globex shall not assign this Agreement without Acme's prior written consent.
                source: master §9.1
                evidence: contract

              # a duty that recurs, with a deadline in each period
              - id: invoices
                title: Monthly invoices paid by the 10th
                kind: payment
                modality: obligation
                party: globex
                counterparty: acme
                action: pay Acme's invoices
                amount: {value: 25000, currency: USD, per: month}
                every: month
                due: day 10                   # or "10 business days after each period", or "30 days after notice"
                text: Globex shall pay each monthly invoice of USD 25,000 by the 10th day of the month.
                source: master §5.1
                evidence: contract

              # permission: the party may do it, without anyone owing it; mutual: each party towards the other
              - id: termination-for-convenience
                title: Termination for convenience
                kind: termination
                modality: permission
                party: [acme, globex]
                mutual: true
                action: terminate the agreement for convenience
                notice: 90 days               # how much notice it takes
                text: Either party may terminate this Agreement on ninety days' written notice.
                source: master §11.2
                evidence: contract

              # statement: a fact or representation, not a rule
              - id: governing-law
                title: Governing law
                kind: governing-law
                modality: statement
                party: [acme, globex]
                where: Delaware
                text: This Agreement is governed by the laws of the State of Delaware.
                source: master §14.1
                evidence: contract

              # a duty that lasts a time after an event
              - id: confidentiality
                title: Confidentiality for two years after termination
                kind: confidentiality
                modality: obligation
                party: [acme, globex]
                mutual: true
                action: keep the other party's confidential information confidential
                until: 2 years after termination   # outlives the agreement: it counts from its end
                text: Each party shall keep the other's confidential information confidential until two years after termination.
                source: master §13.1
                evidence: contract

              # polarity: negative says the party does NOT hold or owe it (no warranty, not liable, no licence)
              - id: no-consequential-damages
                title: No liability for lost profits
                kind: liability-cap
                modality: statement
                polarity: negative
                party: acme
                counterparty: globex
                action: be liable for lost profits or consequential damages
                text: In no event shall Acme be liable for lost profits or consequential damages.
                source: master §12.2
                evidence: contract
            """;
}
