package dev.terms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.Run;
import org.junit.jupiter.api.Test;

/** The rough edges a new user hits (issue 16), each as the user sees it: exact output and status. */
class RoughEdgesTest {

    @Test
    void completionAsksForAKindItDoesNotKnowAndIsToldSo() {
        Run.Output r = Run.terms("__complete", "bogus");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("terms: __complete: unknown kind 'bogus'; one of agreements, clauses, kinds, names, parties, tags\n",
                r.err());
        assertEquals(0, Run.terms("__complete", "parties").status());
        assertEquals("microsoft\nopenai\n", Run.terms("__complete", "parties").out());
    }

    private static void same(Run.Output r, int status, String out, String err) {
        assertEquals(err, r.err());
        assertEquals(out, r.out());
        assertEquals(status, r.status());
    }

    @Test
    void aFilterValueThatNamesNothingSuggestsTheNearestOne() {
        same(Run.terms("clauses", "--party", "opnai"), 2, "",
                "terms: no party 'opnai' in the loaded files (--party); did you mean 'openai'?\n");
        same(Run.terms("clauses", "--kind", "exclusive"), 2, "",
                "terms: no kind 'exclusive' in the loaded files (--kind); did you mean 'exclusivity'?\n");
        same(Run.terms("timeline", "--party", "microsft"), 2, "",
                "terms: no party 'microsft' in the loaded files (--party); did you mean 'microsoft'?\n");
        same(Run.terms("timeline", "--kind", "exclusivty"), 2, "",
                "terms: no kind 'exclusivty' in the loaded files (--kind); did you mean 'exclusivity'?\n");
        same(Run.terms("clauses", "--tag", "clod"), 2, "",
                "terms: no tag 'clod' in the loaded files (--tag); did you mean 'cloud'?\n");
        same(Run.terms("clauses", "--party", "zzzzzz"), 2, "",
                "terms: no party 'zzzzzz' in the loaded files (--party); they are microsoft, openai\n");
        same(Run.terms("--agreement", "microsoft-opnai", "clauses"), 2, "",
                "terms: no agreement 'microsoft-opnai' is loaded; did you mean 'microsoft-openai'?\n");
        same(Run.terms("show", "rofr-new-capacty"), 1, "",
                "terms: no clause 'rofr-new-capacty'; did you mean 'rofr-new-capacity'?\n");
    }

    @Test
    void anEmptyResultSaysWhatWasAskedOnStandardError() {
        same(Run.terms("clauses", "--party", "microsoft", "--kind", "payment"), 1, "",
                "terms: no clause in force on 2026-11-26 matches --party microsoft --kind payment\n");
        same(Run.terms("clauses", "--kind", "exclusivity", "--party", "microsoft", "--modality", "right"), 1, "",
                "terms: no clause in force on 2026-11-26 matches --party microsoft --kind exclusivity --modality right;"
                        + " 1 not in force does (--all lists it)\n");
        same(Run.terms("timeline", "--from", "2030-01-01"), 1, "",
                "terms: nothing in the timeline as known on 2026-11-26 matches --from 2030-01-01\n");
    }

    @Test
    void aDirectoryWithNoTermsFileIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
        same(Run.terms("-f", "src", "clauses"), 66, "", "terms: src: no terms file in this directory (*.yaml or *.yml)\n");
        same(Run.terms("-f", empty.toString(), "check"), 66, "",
                "terms: " + empty + ": no terms file in this directory (*.yaml or *.yml)\n");
    }

    @Test
    void initWritesASchemaLineThatWorksOfflineAndTheSchemaItNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        same(Run.in(dir).run("init", "contracts/new.yaml"), 0,
                "Wrote contracts/new.yaml and contracts/terms.schema.json, the schema its first line names (editors check"
                        + " the file with it, offline).\n"
                        + "Try: terms -f contracts/new.yaml check, then terms -f contracts/new.yaml ask \"Who may terminate?\"\n",
                "");
        java.nio.file.Path made = dir.resolve("contracts/new.yaml");
        assertEquals("# yaml-language-server: $schema=./terms.schema.json",
                java.nio.file.Files.readAllLines(made).get(0));
        assertEquals(Run.terms("schema").out(), java.nio.file.Files.readString(dir.resolve("contracts/terms.schema.json")));
        same(Run.in(dir).run("init", "contracts/other.yaml"), 0,
                "Wrote contracts/other.yaml; its first line names contracts/terms.schema.json, which is already there and"
                        + " left as it is (terms schema > contracts/terms.schema.json brings it up to date).\n"
                        + "Try: terms -f contracts/other.yaml check, then terms -f contracts/other.yaml ask \"Who may terminate?\"\n",
                "");
        same(Run.in(dir).run("init", "contracts/new.yaml"), 73, "", "terms: contracts/new.yaml exists; not overwriting it\n");
        java.nio.file.Files.writeString(dir.resolve("notes"), "mine\n");
        same(Run.in(dir).run("init", "notes/new.yaml"), 74, "", "terms: notes/new.yaml: cannot be written: notes is a file, not a directory\n");
        assertEquals("mine\n", java.nio.file.Files.readString(dir.resolve("notes")));
    }

    @Test
    void helpForAnUnknownCommandSaysItIsUnknownAndSuggestsTheNearest() {
        same(Run.terms("bogus", "--help"), 2, "", "terms: unknown command 'bogus'\nTry 'terms --help'.\n");
        same(Run.terms("shwo", "--help"), 2, "", "terms: unknown command 'shwo'\nDid you mean: terms show?\n");
        same(Run.terms("--help", "timelien"), 2, "", "terms: unknown command 'timelien'\nDid you mean: terms timeline?\n");
        org.junit.jupiter.api.Assertions.assertTrue(Run.terms("show", "--help").out().startsWith("Usage: terms show"));
    }

    @Test
    void theVersionIsThePomsAndTheHelpListsEveryExitStatus() throws java.io.IOException {
        String pom = java.nio.file.Files.readString(Run.ROOT.resolve("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<artifactId>terms</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        org.junit.jupiter.api.Assertions.assertTrue(m.find());
        same(Run.terms("--version"), 0, "terms " + m.group(1) + " (terms format 1.1)\n", "");
        // a command's own -V is the tool's version, as with git and gh, whether or not a terms file is there
        same(Run.terms("clauses", "-V"), 0, "terms " + m.group(1) + " (terms format 1.1)\n", "");
        same(Run.terms("ask", "--version"), 0, "terms " + m.group(1) + " (terms format 1.1)\n", "");
        same(Run.terms("-f", "no-such.yaml", "timeline", "-V"), 0, "terms " + m.group(1) + " (terms format 1.1)\n", "");
        String help = Run.terms("--help").out();
        org.junit.jupiter.api.Assertions.assertTrue(help.endsWith("Exit status: 0 answered, 1 no answer, 2 bad usage, 65 invalid terms file,\n"
                + "66 terms file missing or unreadable, 70 internal error, 73 (init, test --record)\n"
                + "file exists, 74 output not written, 130 interrupted (Ctrl-C).\n"), help);
    }

    @Test
    void anExplicitColorFlagWinsOverNoColor() {
        String coloured = Run.in(Run.ROOT).env("NO_COLOR", "1").run("--color", "clauses").out();
        org.junit.jupiter.api.Assertions.assertTrue(coloured.contains("\u001b["), coloured);
        String plain = Run.in(Run.ROOT).terminal().env("NO_COLOR", "1").run("clauses").out();
        org.junit.jupiter.api.Assertions.assertFalse(plain.contains("\u001b["), plain);
        String off = Run.in(Run.ROOT).terminal().run("--no-color", "clauses").out();
        org.junit.jupiter.api.Assertions.assertFalse(off.contains("\u001b["), off);
    }

    @Test
    void aSentenceStartsWithACapitalWhateverTheNameItStartsWith(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        Run.in(dir).run("init");
        java.nio.file.Path file = dir.resolve("terms.yaml");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("    name: Acme Corp\n",
                "    name: the Customer\n"));
        assertEquals("The Customer is owed this: Globex Inc. holds the right to distribute Widgets in the Territory, exclusively.",
                Run.in(dir).run("ask", "who must supply widgets").out().lines().findFirst().orElseThrow());
        String json = Run.in(dir).run("ask", "who may terminate", "-o", "json").out();
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"sentence\": \"The Customer may terminate the agreement for convenience.\""),
                json);
        assertEquals("Élan", dev.terms.render.Sentence.of("élan"));
        assertEquals("42 days", dev.terms.render.Sentence.of("42 days"));
        // a name written with a small first letter on purpose stays so
        assertEquals("iMine may audit the books.", dev.terms.render.Sentence.of("iMine may audit the books."));
    }

    @Test
    void coverageTicksTheNoSolicitCategoryOfWhomTheClauseIsAbout(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String head = "version: 1\nagreement: {id: a, title: A}\nparties: {p: {name: P}, q: {name: Q}}\n"
                + "definitions: {q-staff: {name: Q's people, means: everyone Q employs}}\nclauses:\n";
        String staff = "  - {id: no-poach, title: No poaching, kind: non-solicitation, modality: prohibition, party: p,"
                + " action: solicit, object: q-staff}\n";
        String clients = "  - {id: no-clients, title: Hands off, kind: non-solicitation, modality: prohibition, party: p,"
                + " action: solicit the clients of Q}\n";
        String unsaid = "  - {id: no-solicit, title: No solicitation, kind: non-solicitation, modality: prohibition, party: p}\n";
        java.util.function.Function<String, String> rows = clauses -> {
            try {
                java.nio.file.Files.writeString(dir.resolve("terms.yaml"), head + clauses);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            return String.join("\n", Run.in(dir).run("coverage").out().lines().filter(l -> l.startsWith("No-Solicit")).toList());
        };
        // by the object (a definition's meaning), by the action's words, and both when the clause does not say
        assertEquals("No-Solicit Of Customers             no\nNo-Solicit Of Employees             yes      no-poach", rows.apply(staff));
        assertEquals("No-Solicit Of Customers             yes      no-clients\nNo-Solicit Of Employees             no",
                rows.apply(clients));
        assertEquals("No-Solicit Of Customers             yes      no-solicit\nNo-Solicit Of Employees             yes      no-solicit",
                rows.apply(unsaid));
    }

    @Test
    void coveragesHelpExampleListsTheCategoriesNotCovered() {
        String help = Run.terms("coverage", "--help").out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("terms coverage -o json \\| jq -r '([^']+)'").matcher(help);
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), help);
        Run.Output listed = Run.terms("-f", "src/test/resources/agreements/contoso-northwind-nda.yaml", "coverage", "--jq", m.group(1));
        java.util.List<String> notCovered = Run.terms("-f", "src/test/resources/agreements/contoso-northwind-nda.yaml", "coverage")
                .out().lines().filter(l -> l.matches(".*\\S\\s+no\\s*")).map(l -> l.replaceFirst("\\s+no\\s*$", "")).toList();
        org.junit.jupiter.api.Assertions.assertTrue(notCovered.size() > 20 && !notCovered.contains("Document Name"), notCovered.toString());
        assertEquals(String.join("\n", notCovered) + "\n", listed.out());
        org.junit.jupiter.api.Assertions.assertFalse(listed.out().contains("No-Solicit Of Employees"), listed.out());
        assertEquals(0, listed.status());
    }

    @Test
    void graphDrawsAMutualClauseAsOneEdgeBothWaysAndKeepsEveryPartysSide(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("terms.yaml"), "version: 1.1\nagreement: {id: nda, title: NDA}\n"
                + "parties: {a: {name: Alpha}, b: {name: Beta}}\nclauses:\n"
                + "  - {id: secrecy, title: Each keeps it secret, kind: confidentiality, modality: obligation, party: [a, b], mutual: true}\n"
                + "  - {id: audit, title: Each may audit, kind: audit-rights, modality: right, party: [a, b], counterparty: [b, a]}\n"
                + "  - {id: costs, title: Each bears its costs, kind: payment, modality: obligation, party: [a, b]}\n"
                + "  - {id: fee, title: Alpha pays, kind: payment, modality: obligation, party: a, counterparty: b}\n");
        same(Run.in(dir).run("graph"), 0, """
                graph LR
                  nda_a["Alpha"]
                  nda_b["Beta"]
                  agreement_nda[("NDA")]
                  nda_a <-->|"obligation · confidentiality"| nda_b
                  nda_a <-->|"right · audit-rights"| nda_b
                  nda_a -->|"obligation · payment"| agreement_nda
                  nda_b -->|"obligation · payment"| agreement_nda
                  nda_a -->|"obligation · payment"| nda_b
                """, "");
        same(Run.in(dir).run("graph", "-o", "dot"), 0, """
                digraph terms {
                  rankdir=LR;
                  node [shape=box, style=rounded];
                  "nda_a" [label="Alpha"];
                  "nda_b" [label="Beta"];
                  "agreement_nda" [label="NDA", shape=note];
                  "nda_a" -> "nda_b" [label="obligation · confidentiality", dir=both];
                  "nda_a" -> "nda_b" [label="right · audit-rights", dir=both];
                  "nda_a" -> "agreement_nda" [label="obligation · payment"];
                  "nda_b" -> "agreement_nda" [label="obligation · payment"];
                  "nda_a" -> "nda_b" [label="obligation · payment"];
                }
                """, "");
    }
}
