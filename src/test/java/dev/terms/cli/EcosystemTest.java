package dev.terms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.terms.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What makes terms behave like the tools people know: --jq, --fields, tables, graphs, completion. */
class EcosystemTest {

    @Test
    void jqFiltersAnyJsonOutputInProcess() {
        assertEquals("Microsoft\n", Run.terms("ask", "who has the rofr", "--jq", ".answers[].label").out());
        assertEquals("azure-commitment\napi-exclusive-to-azure\nrevenue-share\n",
                Run.terms("clauses", "--jq", ".[] | select(.modality == \"obligation\") | .id").out());
        assertEquals("3\n", Run.terms("diff", "--from", "2024-12-31", "--to", "2025-02-01", "--jq", ".clauses | length").out());
        Run.Output bad = Run.terms("clauses", "--jq", ".[");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("terms: bad --jq expression:"), bad.err());
    }

    @Test
    void fieldsPickJsonFieldsAndListThemWhenOneIsUnknown() {
        assertEquals("{\"id\":\"rofr-new-capacity\",\"status\":\"in-force\"}",
                Run.terms("clauses", "--fields", "id,status", "-o", "ndjson").out().lines().findFirst().orElseThrow());
        Run.Output bad = Run.terms("parties", "--fields", "id,nmae");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("terms: unknown field 'nmae'; the fields are id, agreement, name,"), bad.err());
    }

    @Test
    void answersAndDiffsAsTablesAndMarkdown() {
        assertEquals("| VALUE | LABEL | CLAUSE | STATUS | SENTENCE |\n|---|---|---|---|---|\n"
                + "| microsoft | Microsoft | revenue-share | in-force | Microsoft must share revenue. |\n"
                + "| openai | OpenAI | revenue-share | in-force | OpenAI must share revenue. |\n",
                Run.terms("who", "shares", "revenue", "-o", "markdown").out());
        assertEquals("superseded\tcloud-exclusivity\t2025-01-21\trofr-new-capacity\tMicrosoft as OpenAI's exclusive cloud provider",
                Run.terms("diff", "--from", "2024-12-31", "--to", "2025-02-01", "-o", "table").out().lines().findFirst().orElseThrow());
    }

    @Test
    void graphAsMermaidAndDotRenderedByGraphviz() throws Exception {
        String mermaid = Run.terms("graph", "--all").out();
        assertTrue(mermaid.startsWith("graph LR\n"));
        assertTrue(mermaid.contains("microsoft_openai_microsoft -.->|\"right · exclusivity · Azure (superseded)\"| microsoft_openai_openai"),
                mermaid);
        String dot = Run.terms("graph", "-o", "dot").out();
        assertTrue(dot.contains("\"microsoft-openai_microsoft\" -> \"microsoft-openai_openai\" [label=\"right · right-of-first-refusal\"];"), dot);
        assertEquals(2, Run.terms("graph", "-o", "json").status());
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz is installed by .ci/run");
        Process p = new ProcessBuilder("dot", "-Tsvg").start();
        p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(svg.contains("<svg") && svg.contains("Microsoft") && svg.contains("right&#45;of&#45;first&#45;refusal"));
    }

    @Test
    void completionScriptsNeedNoTermsFile(@org.junit.jupiter.api.io.TempDir Path empty) {
        Run.Output bash = Run.in(empty).run("completion", "bash");
        assertEquals(0, bash.status());
        assertTrue(bash.out().contains("complete -F _terms_dynamic -o default terms ./terms"));
        assertTrue(Run.in(empty).run("completion", "zsh").out().startsWith("autoload -U +X compinit && compinit\n"));
        assertEquals("microsoft\nopenai\n", Run.terms("__complete", "parties").out());
        assertEquals("", Run.in(empty).run("__complete", "clauses").out(), "quiet without a file");
    }
}
