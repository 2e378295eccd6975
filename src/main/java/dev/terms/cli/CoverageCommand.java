package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.question.Lexicon;
import dev.terms.render.Coverage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Which of the 41 CUAD clause categories the files encode (by kind), and which they do not, "
                + "so a reviewer sees what was never assessed.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms coverage", "  terms coverage -o json | jq -r '.[] | select(.covered | not) | .category'",
                "", "Exit status: 0."})
final class CoverageCommand implements Callable<Integer> {

    /**
     * The 41 categories of the Contract Understanding Atticus Dataset, each with the kinds (or, for
     * the first five and the renewal's, format 1.1, the agreement fields) that encode it. The kinds
     * are {@link Lexicon#KINDS}'s, the one list of them: a kind named here and not there stops the
     * class from loading, so every test of coverage fails.
     * CUAD has two no-solicit categories and the format one kind: {@code non-solicitation/customers} is
     * that kind when the clause is about customers (or partners), by {@link #solicits}.
     */
    static final List<List<String>> CUAD = List.of(
            List.of("Document Name", "@title"), List.of("Parties", "@parties"),
            List.of("Agreement Date", "@effective"), List.of("Effective Date", "@effective"),
            List.of("Expiration Date", "@until"), List.of("Renewal Term", "@renewal", "renewal"),
            List.of("Notice Period To Terminate Renewal", "@renewal.notice", "renewal", "termination"),
            List.of("Governing Law", "governing-law"), List.of("Most Favored Nation", "most-favored-nation"),
            List.of("Non-Compete", "non-compete"), List.of("Exclusivity", "exclusivity"),
            List.of("No-Solicit Of Customers", "non-solicitation/customers"),
            List.of("Competitive Restriction Exception", "competitive-restriction-exception"),
            List.of("No-Solicit Of Employees", "non-solicitation/employees"), List.of("Non-Disparagement", "non-disparagement"),
            List.of("Termination For Convenience", "termination"),
            List.of("ROFR/ROFO/ROFN", "right-of-first-refusal", "right-of-first-offer", "right-of-first-negotiation"),
            List.of("Change Of Control", "change-of-control"), List.of("Anti-Assignment", "anti-assignment"),
            List.of("Revenue/Profit Sharing", "revenue-share"), List.of("Price Restrictions", "price-restriction"),
            List.of("Minimum Commitment", "minimum-commitment"), List.of("Volume Restriction", "volume-restriction"),
            List.of("IP Ownership Assignment", "ip-ownership"), List.of("Joint IP Ownership", "joint-ip-ownership"),
            List.of("License Grant", "license-grant"), List.of("Non-Transferable License", "non-transferable-license"),
            List.of("Affiliate License-Licensor", "affiliate-license-licensor"),
            List.of("Affiliate License-Licensee", "affiliate-license-licensee"),
            List.of("Unlimited/All-You-Can-Eat License", "unlimited-license"),
            List.of("Irrevocable Or Perpetual License", "irrevocable-license"),
            List.of("Source Code Escrow", "source-code-escrow"),
            List.of("Post-Termination Services", "post-termination-services"), List.of("Audit Rights", "audit-rights"),
            List.of("Uncapped Liability", "uncapped-liability"), List.of("Cap On Liability", "liability-cap"),
            List.of("Liquidated Damages", "liquidated-damages"), List.of("Warranty Duration", "warranty"),
            List.of("Insurance", "insurance"), List.of("Covenant Not To Sue", "covenant-not-to-sue"),
            List.of("Third Party Beneficiary", "third-party-beneficiary"));

    static {
        for (List<String> category : CUAD) {
            for (String k : category.subList(1, category.size())) {
                if (!k.startsWith("@") && !Lexicon.KINDS.containsKey(k.replaceFirst("/.*", ""))) throw new AssertionError("not a known kind: " + k);
            }
        }
    }

    @ParentCommand
    TermsCommand root;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        Corpus corpus = ws.corpus();
        List<Coverage.Category> items = new ArrayList<>();
        for (List<String> category : CUAD) {
            List<String> kinds = new ArrayList<>(), fields = new ArrayList<>(), clauses = new ArrayList<>();
            List<String> about = new ArrayList<>();
            for (String k : category.subList(1, category.size())) {
                if (k.startsWith("@")) fields.add("agreement." + k.substring(1));
                else {
                    int slash = k.indexOf('/');
                    kinds.add(slash < 0 ? k : k.substring(0, slash));
                    about.add(slash < 0 ? null : k.substring(slash + 1));
                }
            }
            boolean covered = false;
            for (Agreement a : corpus.agreements()) {
                for (Clause c : a.clauses()) {
                    int i = kinds.indexOf(c.kind());
                    if (i < 0 || about.get(i) != null && !solicits(a, c).contains(about.get(i))) continue;
                    clauses.add(corpus.agreements().size() > 1 ? a.id() + "/" + c.id() : c.id());
                }
                for (String field : fields) covered |= has(a, field);
            }
            items.add(new Coverage.Category(category.get(0), kinds, fields, clauses, covered || !clauses.isEmpty()));
        }
        ws.print(new Coverage(items));
        return Exit.OK;
    }

    /** Words that say a no-solicit clause is about a party's people, or about its customers and partners. */
    private static final List<String> EMPLOYEES = List.of("employ", "personnel", "staff", "worker", "workforce",
            "contractor", "consultant", "officer", "director", "recruit", "hire");
    private static final List<String> CUSTOMERS = List.of("customer", "client", "supplier", "vendor", "partner",
            "distributor", "reseller", "subscriber", "patron");

    /**
     * Whom a no-solicit clause protects, {@code employees} and/or {@code customers}: read from its
     * object (a definition's name, aliases and meaning, or the object's text), else from its action,
     * else its title; both when none of them says, since the clause does not tell which it is.
     */
    static List<String> solicits(Agreement a, Clause c) {
        List<String> texts = new ArrayList<>();
        if (c.object() != null) {
            dev.terms.model.Definition d = a.definitions().get(c.object());
            if (d == null) texts.add(c.object());
            else {
                StringBuilder b = new StringBuilder(d.name());
                for (String alias : d.aliases()) b.append(' ').append(alias);
                if (d.means() != null) b.append(' ').append(d.means());
                texts.add(b.toString());
            }
        }
        if (c.action() != null) texts.add(c.action());
        texts.add(c.title());
        for (String text : texts) {
            List<String> found = new ArrayList<>();
            if (mentions(text, EMPLOYEES)) found.add("employees");
            if (mentions(text, CUSTOMERS)) found.add("customers");
            if (!found.isEmpty()) return found;
        }
        return List.of("employees", "customers");
    }

    private static boolean mentions(String text, List<String> stems) {
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            for (String stem : stems) if (word.startsWith(stem)) return true;
        }
        return false;
    }

    private static boolean has(Agreement a, String field) {
        return switch (field) {
            case "agreement.title" -> a.title() != null;
            case "agreement.parties" -> !a.parties().isEmpty();
            case "agreement.effective" -> a.effective() != null;
            case "agreement.until" -> !a.until().isEmpty();
            case "agreement.renewal" -> a.renewal() != null;
            case "agreement.renewal.notice" -> a.renewal() != null && a.renewal().notice() != null;
            default -> throw new AssertionError(field);
        };
    }
}
