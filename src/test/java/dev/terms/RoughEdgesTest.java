package dev.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
