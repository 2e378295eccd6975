package dev.terms.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.terms.Run;
import dev.terms.SealedTypesTest;
import dev.terms.model.Location;
import dev.terms.quote.Quotation;
import dev.terms.quote.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** terms verify: each clause's quotation found in the contract's own text, or the closest passage shown. */
class VerifyTest {

    private static final String ARTICLE = "sources/microsoft-openai-updated-relationship.txt";

    @Test
    void theBundledFileQuotesTheArticleWordForWord() {
        Run.Output r = Run.terms("verify");
        assertEquals("terms.yaml:83:5: clause 'cloud-exclusivity': found at " + ARTICLE + ":3:154\n"
                + "terms.yaml:104:5: clause 'rofr-new-capacity': found at " + ARTICLE + ":4:26\n"
                + "terms.yaml:124:5: clause 'azure-commitment': found at " + ARTICLE + ":5:14\n"
                + "terms.yaml:144:5: clause 'ip-rights': found at " + ARTICLE + ":7:39\n"
                + "terms.yaml:164:5: clause 'api-exclusive-to-azure': found at " + ARTICLE + ":8:29\n"
                + "terms.yaml:182:5: clause 'api-via-azure-openai-service': found at " + ARTICLE + ":8:29\n"
                + "terms.yaml:200:5: clause 'revenue-share': found at " + ARTICLE + ":9:20\n"
                + "terms.yaml:213:5: clause 'microsoft-investor': found at " + ARTICLE + ":3:1\n"
                + "terms.yaml:229:5: clause 'board-seat': found at " + ARTICLE + ":13:109\n"
                + "9 found, 0 not found\n", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.status());
    }

    /** Two real agreements filed with the SEC (CUAD), each quoted from the text kept beside it. */
    @Test
    void realContractsQuotedFromTheirFiledText() {
        Run.Output r = Run.terms("-f", "tests/acceptance/agreements/imine-sunwai-distributor.yaml",
                "-f", "tests/acceptance/agreements/novo-hgf-joint-venture.yaml", "verify");
        assertEquals("60 found, 0 not found", r.out().lines().reduce((a, b) -> b).orElse(""));
        assertEquals("tests/acceptance/agreements/imine-sunwai-distributor.yaml:646:5: clause 'arbitration': "
                + "found at tests/acceptance/agreements/imine-sunwai-distributor.txt:62:4658",
                r.out().lines().filter(l -> l.contains("imine") && l.contains("'arbitration'")).findFirst().orElse(""));
        assertEquals(0, r.status());
    }

    @Test
    void anAlteredQuotationFailsWithTheClosestPassageMarked() {
        Run.Output r = Run.terms("-f", "src/test/resources/quote/altered.yaml", "verify");
        assertEquals("src/test/resources/quote/altered.yaml:18:5: clause 'api-via-azure-openai-service': found at "
                + ARTICLE + ":8:145\n"
                + "src/test/resources/quote/altered.yaml:30:5: clause 'rofr-new-capacity': not found in " + ARTICLE + "\n"
                + "  closest, at " + ARTICLE + ":4:26: Microsoft will not have exclusivity as OpenAI's cloud provider, "
                + "but it retains the {+exclusive+} right of first refusal on [-any-] {+all+} new services.\n"
                + "1 found, 1 not found\n", r.out());
        assertEquals(1, r.status());
    }

    @Test
    void aQuotationWithNoTextToBeFoundInIsNotChecked(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Run.RESOURCES.resolve("quote/altered.yaml"))
                .replace("      file: ../../../../sources/microsoft-openai-updated-relationship.txt\n", "");
        Files.writeString(dir.resolve("t.yaml"), yaml);
        Run.Output r = Run.in(dir).run("-f", "t.yaml", "verify");
        assertEquals("t.yaml:17:5: clause 'api-via-azure-openai-service': not checked: source 'article' names no file "
                + "(file: its text)\n"
                + "t.yaml:29:5: clause 'rofr-new-capacity': not checked: source 'article' names no file (file: its text)\n"
                + "0 found, 0 not found, 2 not checked\n", r.out());
        assertEquals(1, r.status());
        Files.writeString(dir.resolve("t.yaml"), yaml.replace("      title: \"Microsoft and OpenAI: Updated Relationship Details\"\n",
                "      title: \"Microsoft and OpenAI: Updated Relationship Details\"\n      file: missing.txt\n"));
        assertEquals("t.yaml:18:5: clause 'api-via-azure-openai-service': not checked: source 'article': missing.txt: "
                + "no such file\n", Run.in(dir).run("-f", "t.yaml", "verify").out().lines().findFirst().orElse("") + "\n");
    }

    @Test
    void answersCiteTheContractsLineAsWellAsTheTermsFiles() {
        Run.Output r = Run.terms("ask", "Who holds the right of first refusal?");
        assertEquals("  terms.yaml:104:5 · " + ARTICLE + ":4:26 · article ¶3–4 · press-report",
                r.out().lines().reduce((a, b) -> b).orElse(""));
        Run.Output json = Run.terms("ask", "Who holds the right of first refusal?", "--jq",
                "[.clauses[0].location.line, .clauses[0].sourceLocation]");
        assertEquals("[104,{\"file\":\"" + ARTICLE + "\",\"line\":4,\"column\":26}]",
                json.out().replaceAll("\\s", ""));
    }

    @Test
    void whitespaceLineBreaksCurlyQuotesAndEllipsesAreNotDifferences() {
        SourceText t = new SourceText("c.txt", "1. The Supplier\u2019s  duty.\n\n2. The Buyer shall pay\n   the \u201cFees\u201d within 30 days of invoice.\n");
        assertEquals(new Location("c.txt", 3, 4), t.find("The Buyer shall pay the \"Fees\"").at());
        assertEquals(new Location("c.txt", 1, 4), t.find("The Supplier's duty. … the \"Fees\" within [...] invoice.").at());
        // the fragments must come in the contract's order
        assertNull(t.find("the \"Fees\" … The Supplier's duty.").at());
        SourceText.Found wrong = t.find("The Buyer must pay the Fees within 60 days");
        assertEquals(new Location("c.txt", 3, 4), wrong.closest().at());
        assertEquals("The Buyer [-shall-] {+must+} pay the [-\"Fees\"-] {+Fees+} within [-30-] {+60+} days", wrong.closest().marked());
    }

    @Test
    void everyQuotationVerdictIsHandled() {
        SealedTypesTest.everyCaseIsHandled(Quotation.class, List.of(new Quotation.Found(new Location("c.txt", 1, 1)),
                new Quotation.Missing("c.txt", null), new Quotation.Unchecked("no file")), q -> q.word());
    }
}
