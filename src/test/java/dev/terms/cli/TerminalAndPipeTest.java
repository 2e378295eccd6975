package dev.terms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.app.Io;
import dev.terms.cli.Cli;
import dev.terms.render.Format;
import dev.terms.render.Renderer;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's output on a terminal and in a pipe, as gh's IOStreams tests do: a pipe gets no
 * decoration; on a terminal, colour is decoration only (take it away and the text is the same),
 * and NO_COLOR takes it away; the text for people is the same words either way, except tables,
 * which align on a terminal and are tab-separated in a pipe (pinned exactly below).
 */
class TerminalAndPipeTest {

    /** One command line per command of the tree, each in every format it prints for people. */
    static final Map<String, List<List<String>>> LINES = new LinkedHashMap<>();

    /** Commands whose output is not text for people, or that need a real terminal, and where they are tested. */
    static final Map<String, String> ELSEWHERE = Map.of(
            "repl", "SessionTest (pipe) and tests/repl-tmux.sh (terminal)",
            "train", "TrainingTest: it prints nothing",
            "__complete", "CliTest: completion candidates, one a line, for the shell",
            "help", "CliTest: picocli's usage text",
            "test", "QuestionsTest: its questions files sit beside the terms files, not in a fresh directory",
            "verify", "VerifyTest: its contract texts sit beside the terms files, not in a fresh directory");

    static {
        line("ask", "ask", "Who holds the right of first refusal?");
        line("who", "who", "holds", "the", "right", "of", "first", "refusal");
        line("what", "what", "must", "openai", "do");
        line("where", "where", "must", "the", "api", "run");
        line("when", "when", "did", "cloud", "exclusivity", "end");
        line("clauses", "clauses");
        line("show", "show", "rofr-new-capacity");
        line("parties", "parties");
        line("search", "search", "azure");
        line("timeline", "timeline");
        line("diff", "diff", "--from", "2024-01-01", "--to", "2025-06-01");
        line("graph", "graph");
        line("check", "check");
        line("schema", "schema");
        line("coverage", "coverage");
        line("init", "init", "new.yaml");
        line("completion", "completion", "bash");
        line("load", "load");
        for (String command : List.of("ask", "clauses", "parties", "search", "diff", "coverage")) {
            for (String f : List.of("table", "markdown")) {
                List<String> first = new ArrayList<>(LINES.get(command).get(0));
                first.addAll(List.of("-o", f));
                LINES.get(command).add(first);
            }
        }
    }

    private static void line(String command, String... args) {
        LINES.computeIfAbsent(command, k -> new ArrayList<>()).add(new ArrayList<>(List.of(args)));
    }

    private record Out(int status, String out, String err) {}

    /** A run in a fresh directory holding the bundled terms file, so that init has somewhere to write. */
    private static Out run(Path dir, boolean terminal, Map<String, String> env, List<String> args) throws Exception {
        Path work = Files.createTempDirectory(dir, "run");
        Files.copy(Run.ROOT.resolve("terms.yaml"), work.resolve("terms.yaml"));
        StringWriter out = new StringWriter(), err = new StringWriter();
        Io io = new Io(new BufferedReader(new StringReader("")), new PrintWriter(out), new PrintWriter(err), terminal,
                env, work, () -> Run.TODAY);
        int status = Cli.run(io, args.toArray(String[]::new));
        return new Out(status, out.toString(), err.toString());
    }

    private static String plain(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void everyCommandOfTheTreeIsHereOrSaysWhereItIsTested() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Io io = new Io(new BufferedReader(new StringReader("")), sink, sink, false, Map.of(), Run.ROOT, () -> Run.TODAY);
        Set<String> tree = new TreeSet<>(Cli.commandLine(io).getSubcommands().keySet());
        Set<String> covered = new TreeSet<>(LINES.keySet());
        covered.addAll(ELSEWHERE.keySet());
        assertEquals(tree, covered);
    }

    @Test
    void aPipeGetsNoDecorationAndATerminalTheSameWordsWithColourAsDecorationOnly(@TempDir Path dir) throws Exception {
        for (List<List<String>> lines : LINES.values()) {
            for (List<String> args : lines) {
                Out pipe = run(dir, false, Map.of(), args);
                Out colour = run(dir, true, Map.of(), args);
                Out noColour = run(dir, true, Map.of("NO_COLOR", "1"), args);
                assertEquals("", pipe.err(), args.toString());
                assertTrue(pipe.status() == 0 || pipe.status() == 1, args + ": " + pipe.status());
                assertFalse(pipe.out().isEmpty(), args.toString());
                assertFalse(pipe.out().contains("\u001b"), args + " in a pipe: " + pipe.out());
                assertFalse(noColour.out().contains("\u001b"), args + " with NO_COLOR: " + noColour.out());
                assertEquals(noColour.out(), plain(colour.out()), args + ": colour changed more than decoration");
                assertEquals(pipe.status(), colour.status(), args.toString());
                boolean table = args.contains("table");
                if (table) assertFalse(pipe.out().equals(noColour.out()), args + ": a table aligns on a terminal only");
                else assertEquals(pipe.out(), noColour.out(), args + ": the words differ between terminal and pipe");
            }
        }
    }

    @Test
    void aTableAlignsOnATerminalAndIsTabSeparatedInAPipe(@TempDir Path dir) throws Exception {
        List<String> args = List.of("diff", "--from", "2024-01-01", "--to", "2025-06-01", "-o", "table");
        assertEquals("""
                superseded\tcloud-exclusivity\t2025-01-21\trofr-new-capacity\tMicrosoft as OpenAI's exclusive cloud provider
                starts\trofr-new-capacity\t2025-01-21\t\tRight of first refusal on new capacity
                starts\tazure-commitment\t2025-01-21\t\tOpenAI's commitment to Azure for all products and model training
                """, run(dir, false, Map.of(), args).out());
        assertEquals("""
                KIND        CLAUSE             DATE        BY                 TITLE
                superseded  cloud-exclusivity  2025-01-21  rofr-new-capacity  Microsoft as OpenAI's exclusive cloud provider
                starts      rofr-new-capacity  2025-01-21                     Right of first refusal on new capacity
                starts      azure-commitment   2025-01-21                     OpenAI's commitment to Azure for all products and model training
                """, run(dir, true, Map.of("NO_COLOR", "1"), args).out());
        assertEquals("\u001b[1mKIND        CLAUSE             DATE        BY                 TITLE\u001b[0m\n",
                run(dir, true, Map.of(), args).out().lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void aFormatACommandCannotPrintIsAUsageErrorNamingThoseItCan() {
        Run.Output timeline = Run.terms("timeline", "-o", "markdown");
        assertEquals(2, timeline.status());
        assertEquals("", timeline.out());
        assertEquals("terms: timeline cannot print -o markdown; it prints text, json, yaml or ndjson\n", timeline.err());
        Run.Output check = Run.terms("check", "-o", "table");
        assertEquals(2, check.status());
        assertEquals("", check.out());
        assertEquals("terms: check cannot print -o table; it prints text, json, yaml, ndjson or sarif\n", check.err());
        Run.Output show = Run.terms("show", "rofr-new-capacity", "-o", "table");
        assertEquals("terms: show cannot print -o table; it prints text, json, yaml or ndjson\n", show.err());
        Run.Output clauses = Run.terms("clauses", "-o", "sarif");
        assertEquals(2, clauses.status());
        assertEquals("terms: clauses cannot print -o sarif; it prints text, json, yaml, ndjson, table or markdown\n",
                clauses.err());
        Run.Output graph = Run.terms("graph", "--jq", ".");
        assertEquals(2, graph.status());
        assertEquals("", graph.out());
        assertEquals("terms: graph prints -o mermaid (default) or -o dot, not JSON (--json, --jq, --fields)\n", graph.err());
    }

    /** One renderer per format, each its own class: the sealed set is the formats. */
    @Test
    void oneRendererPerFormat() {
        Set<String> classes = new TreeSet<>();
        for (Class<?> c : Renderer.class.getPermittedSubclasses()) classes.add(c.getSimpleName());
        Set<String> byFormat = new TreeSet<>();
        for (Format f : Format.values()) {
            Renderer r = Renderer.of(f);
            assertEquals(f, r.format());
            byFormat.add(r.getClass().getSimpleName());
        }
        assertEquals(classes, byFormat);
        assertEquals(Format.values().length, classes.size(), Arrays.toString(Format.values()));
    }
}
