package dev.terms.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** terms test: questions files, their answers checked, as text, TAP and JUnit XML; --record. */
class QuestionsTest {

    private static final String WRONG = "src/test/resources/expect/wrong.questions.yaml";

    /** Every agreement in the repository, each with the questions file beside it. */
    static final List<String> AGREEMENTS = List.of("terms.yaml",
            "src/test/resources/agreements/aws-customer-agreement.yaml",
            "src/test/resources/agreements/contoso-northwind-nda.yaml",
            "src/test/resources/agreements/decision-table-1.1.yaml",
            "src/test/resources/agreements/decision-table.yaml",
            "src/test/resources/agreements/projections.yaml",
            "src/test/resources/time/renewal.yaml",
            "src/test/resources/time/supply.yaml",
            "src/test/resources/versions/distribution-v1.yaml",
            "src/test/resources/versions/distribution-v2.yaml",
            "tests/acceptance/agreements/common-paper-mnda-1.1.yaml",
            "tests/acceptance/agreements/data-processing-agreement.yaml",
            "tests/acceptance/agreements/evaluation-nda.yaml",
            "tests/acceptance/agreements/imine-sunwai-distributor.yaml",
            "tests/acceptance/agreements/immunotolerance-crane-consulting-1.1.yaml",
            "tests/acceptance/agreements/novo-hgf-joint-venture.yaml",
            "tests/acceptance/agreements/office-lease.yaml",
            "tests/acceptance/agreements/software-licence.yaml");

    /**
     * The folders that hold agreements (the others hold fixtures for one loader, lint or check
     * case each): a terms file added to one of them without joining AGREEMENTS, and so without
     * a questions file asked in CI, fails here.
     */
    private static final List<String> AGREEMENT_DIRS = List.of("src/test/resources/agreements",
            "src/test/resources/time", "src/test/resources/versions", "tests/acceptance/agreements");

    @Test
    void aWrongExpectationFailsWithWhatWasExpectedAndWhatCame() {
        Run.Output r = Run.terms("test", WRONG);
        assertEquals(WRONG + ":3:5: FAIL: Who holds the right of first refusal?\n"
                + "  expected value openai, got value microsoft (clause rofr-new-capacity)\n"
                + WRONG + ":5:5: ok: Can OpenAI offer its API on Google Cloud?\n"
                + WRONG + ":8:5: FAIL: Is Microsoft OpenAI's exclusive cloud provider?\n"
                + "  expected yes, got no (clause cloud-exclusivity)\n"
                + "1 passed, 2 failed\n", r.out());
        assertEquals("", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void tapHasAPlanAndSaysWhyEachFailed() {
        Run.Output r = Run.terms("test", WRONG, "-o", "tap");
        assertEquals("TAP version 14\n1..3\n"
                + "not ok 1 - Who holds the right of first refusal?\n"
                + "  ---\n"
                + "  message: \"expected value openai, got value microsoft (clause rofr-new-capacity)\"\n"
                + "  at: \"" + WRONG + ":3:5\"\n"
                + "  expected: \"value openai\"\n"
                + "  got: \"value microsoft (clause rofr-new-capacity)\"\n"
                + "  ...\n"
                + "ok 2 - Can OpenAI offer its API on Google Cloud?\n"
                + "not ok 3 - Is Microsoft OpenAI's exclusive cloud provider?\n"
                + "  ---\n"
                + "  message: \"expected yes, got no (clause cloud-exclusivity)\"\n"
                + "  at: \"" + WRONG + ":8:5\"\n"
                + "  expected: \"yes\"\n"
                + "  got: \"no (clause cloud-exclusivity)\"\n"
                + "  ...\n", r.out());
        assertEquals(1, r.status());
    }

    /**
     * The JUnit XML read back as a CI system would: parsed by the JDK's XML parser and validated
     * against the JUnit report schema (src/test/resources/junit/junit.xsd), then the counts, the
     * names and the failure messages read from the document.
     */
    @Test
    void junitXmlIsValidAndReadsBack() throws Exception {
        Run.Output r = Run.terms("test", WRONG, "-o", "junit");
        assertEquals(1, r.status());
        Document doc = junit(r.out());
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("3", suites.getAttribute("tests"));
        assertEquals("2", suites.getAttribute("failures"));
        Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
        assertEquals(WRONG, suite.getAttribute("name"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element third = (Element) cases.item(2);
        assertEquals("Is Microsoft OpenAI's exclusive cloud provider?", third.getAttribute("name"));
        assertEquals("8", third.getAttribute("line"));
        Element failure = (Element) third.getElementsByTagName("failure").item(0);
        assertEquals("expected yes, got no (clause cloud-exclusivity)", failure.getAttribute("message"));
        assertEquals(WRONG + ":8:5: expected yes, got no (clause cloud-exclusivity)", failure.getTextContent());
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
    }

    /** CI's run: every agreement's own questions file, once as JUnit XML, read back. */
    @Test
    void everyAgreementPassesItsOwnQuestionsAsJunit() throws Exception {
        for (String agreement : AGREEMENTS) {
            Run.Output r = Run.terms("-f", agreement, "test", "-o", "junit");
            assertEquals(0, r.status(), agreement + ":\n" + r.out() + r.err());
            Element suites = junit(r.out()).getDocumentElement();
            assertEquals("0", suites.getAttribute("failures"), agreement);
            assertTrue(Integer.parseInt(suites.getAttribute("tests")) >= 10, agreement + ": at least 10 questions");
            assertEquals(agreement.replaceFirst("\\.yaml$", ".questions.yaml"),
                    ((Element) suites.getElementsByTagName("testsuite").item(0)).getAttribute("name"));
        }
    }

    @Test
    void everyAgreementInTheAgreementFoldersIsListed() throws Exception {
        List<String> found = new ArrayList<>(List.of("terms.yaml"));
        for (String dir : AGREEMENT_DIRS) {
            try (Stream<Path> files = Files.list(Run.ROOT.resolve(dir))) {
                files.map(f -> dir + "/" + f.getFileName())
                        .filter(f -> f.endsWith(".yaml") && !f.endsWith(".questions.yaml"))
                        .forEach(found::add);
            }
        }
        assertEquals(AGREEMENTS.stream().sorted().toList(), found.stream().sorted().toList());
        for (String agreement : AGREEMENTS) {
            assertTrue(Files.exists(Run.ROOT.resolve(agreement.replaceFirst("\\.yaml$", ".questions.yaml"))), agreement);
        }
    }

    private static Document junit(String xml) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.newSchema(Run.RESOURCES.resolve("junit/junit.xsd").toFile()).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void aBadQuestionsFileHasEveryProblemLocated() {
        Run.Output r = Run.terms("test", "src/test/resources/expect/bad.questions.yaml");
        String f = "src/test/resources/expect/bad.questions.yaml";
        assertEquals(f + ":2:5: question 'Who holds the right of first refusal?' expects nothing: give value, clause, "
                + "or answer (yes, no or none)\n"
                + f + ":3:5: unknown key 'valeu' in a question; did you mean 'value'?\n"
                + f + ":5:13: answer must be yes, no or none, got 'maybe'\n"
                + f + ":7:12: as-of must be a date YYYY-MM-DD, got '2025-02-30'\n"
                + f + ":8:13: answer: none (no answer) cannot have a value or a clause\n", r.err());
        assertEquals("", r.out());
        assertEquals(65, r.status());
    }

    @Test
    void noQuestionsFileSaysWhereItLooked(@TempDir Path dir) throws Exception {
        Files.copy(Run.ROOT.resolve("terms.yaml"), dir.resolve("nda.yaml"));
        Run.Output r = Run.in(dir).run("-f", "nda.yaml", "test");
        assertEquals("terms: no questions file: looked for nda.questions.yaml; write one, or record one with: "
                + "terms test --record < questions.txt\n", r.err());
        assertEquals(66, r.status());
    }

    @Test
    void recordWritesTheAnswersOnceAndNeverOverAFile(@TempDir Path dir) throws Exception {
        Files.copy(Run.ROOT.resolve("terms.yaml"), dir.resolve("nda.yaml"));
        String questions = "# asked of the partnership\nWho holds the right of first refusal?\n\n"
                + "Can OpenAI offer its API on Google Cloud?\nWho shares revenue?\nWho must pay for the moon?\n";
        Run.Output r = Run.in(dir).stdin(questions).run("-f", "nda.yaml", "--as-of", "2025-06-01", "test", "--record");
        assertEquals("Wrote nda.questions.yaml: 4 questions with the answers as of 2025-06-01. Review each answer, "
                + "then: terms test\n", r.out());
        assertEquals(0, r.status());
        String written = Files.readString(dir.resolve("nda.questions.yaml"));
        assertEquals("""
                # Recorded by terms test --record: the answers as the tool gave them on 2025-06-01.
                # Review each one against the agreement before relying on it.
                questions:
                  - question: Who holds the right of first refusal?
                    as-of: 2025-06-01
                    value: microsoft
                    clause: rofr-new-capacity
                  - question: Can OpenAI offer its API on Google Cloud?
                    as-of: 2025-06-01
                    answer: no
                    clause: api-exclusive-to-azure
                  - question: Who shares revenue?
                    as-of: 2025-06-01
                    value: [microsoft, openai]
                    clause: revenue-share
                  - question: Who must pay for the moon?
                    as-of: 2025-06-01
                    answer: none
                """, written);
        // what was recorded passes as it stands
        Run.Output test = Run.in(dir).run("-f", "nda.yaml", "test");
        assertEquals("4 passed, 0 failed", test.out().lines().reduce((a, b) -> b).orElse(""));
        assertEquals(0, test.status());
        // and a second recording changes nothing
        Run.Output again = Run.in(dir).stdin("Who is the investor?\n").run("-f", "nda.yaml", "test", "--record");
        assertEquals("terms: nda.questions.yaml exists; not overwriting it\n", again.err());
        assertEquals(73, again.status());
        assertEquals(written, Files.readString(dir.resolve("nda.questions.yaml")));
    }

    @Test
    void aDirectoryOfTermsFilesDoesNotReadItsQuestionsFilesAsTermsFiles(@TempDir Path dir) throws Exception {
        Files.copy(Run.ROOT.resolve("terms.yaml"), dir.resolve("partnership.yaml"));
        Files.copy(Run.ROOT.resolve("terms.questions.yaml"), dir.resolve("partnership.questions.yaml"));
        Run.Output r = Run.in(dir).run("-f", ".", "test", "-o", "json", "--jq", "[.ok, .passed, .failed]");
        assertEquals("[true,13,0]\n", r.out().replaceAll("\\s", "") + "\n");
        assertEquals(0, r.status());
    }

    @Test
    void otherCommandsRefuseTheTestFormats() {
        Run.Output r = Run.terms("clauses", "-o", "junit");
        assertEquals("terms: clauses cannot print -o junit; it prints text, json, yaml, ndjson, table or markdown\n", r.err());
        assertEquals(2, r.status());
    }
}
