package dev.terms.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.app.Io;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session without a terminal: one line at a time against in-memory streams. */
class SessionTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Session session(Path cwd, String stdin) {
        Io io = new Io(new BufferedReader(new StringReader(stdin)), new PrintWriter(out), new PrintWriter(err), false,
                java.util.Map.of(), cwd, () -> Run.TODAY);
        return new Session(io, List.of(), (o, cache) -> dev.terms.cli.Cli.commandLine(o, cache, null));
    }

    private String take() {
        String s = out.toString();
        out.getBuffer().setLength(0);
        return s;
    }

    @Test
    void theSessionHasTheWholeCommandTree() {
        // a one-shot `terms repl` builds only `repl`; the session it starts builds every command
        assertEquals(dev.terms.cli.Cli.commandLine(session(Run.ROOT, "").io()).getSubcommands().keySet(),
                session(Run.ROOT, "").commands().getSubcommands().keySet());
        assertTrue(session(Run.ROOT, "").commands().getSubcommands().size() > 20);
    }

    @Test
    void aQuestionOrACommandWithoutTheWordTerms() {
        Session s = session(Run.ROOT, "");
        assertEquals(0, s.oneShot("Who has the ROFR?"));
        assertTrue(take().startsWith("Microsoft holds the right"));
        assertEquals(0, s.oneShot("show rofr-new-capacity"));
        assertTrue(take().startsWith("rofr-new-capacity — Right of first refusal on new capacity"));
        assertEquals(0, s.oneShot("terms who shares revenue"));
        assertTrue(take().startsWith("Microsoft must share revenue."));
        assertEquals(0, s.oneShot("Is Microsoft OpenAI's exclusive cloud provider?"));
        assertTrue(take().startsWith("No longer"));
    }

    @Test
    void anOptionOnOneLineDoesNotLeakIntoTheNext() {
        Session s = session(Run.ROOT, "");
        s.oneShot("clauses --party openai --modality obligation");
        assertEquals(3, take().lines().count());
        s.oneShot("clauses");
        assertEquals(8, take().lines().count());
        s.oneShot("ask --explain who has the rofr");
        assertTrue(take().contains("explain:"));
        s.oneShot("ask who has the rofr");
        assertFalse(take().contains("explain:"));
    }

    @Test
    void settingsApplyUntilChanged() {
        Session s = session(Run.ROOT, "");
        assertEquals(0, s.oneShot("set format json"));
        s.oneShot("who has the rofr");
        assertTrue(take().startsWith("{\n  \"question\": \"who has the rofr\""));
        s.oneShot("who has the rofr -o text");
        assertTrue(take().startsWith("Microsoft"), "a line's own option wins");
        assertEquals(0, s.oneShot("set as-of 2024-06-01"));
        assertEquals(0, s.oneShot("set format text"));
        assertEquals(1, s.oneShot("who has the rofr"), "the ROFR was not yet in force");
        take();
        s.oneShot("settings");
        assertEquals("format  text\nas-of   2024-06-01\nfile    (terms.yaml here or above, or $TERMS_FILE)\n", take());
        assertEquals(2, s.oneShot("set format xml"));
        assertEquals(2, s.oneShot("set as-of yesterday"));
        // told in the words the command line uses for -o and --as-of: one check of each, not two
        assertTrue(err.toString().endsWith("terms: unknown format 'xml'; use one of " + String.join(", ",
                dev.terms.render.Format.words()) + "\nterms: bad --as-of 'yesterday': expected a date YYYY-MM-DD or 'today'\n"),
                err.toString());
        assertEquals(66, s.oneShot("set file nowhere.yaml"));
    }

    @Test
    void errorsPrintAndTheSessionGoesOn() {
        Session s = session(Run.ROOT, "");
        assertEquals(2, s.oneShot("clauses --bogus"));
        assertTrue(err.toString().contains("Unknown option: '--bogus'"), err.toString());
        assertEquals(0, s.oneShot("who has the rofr"));
        assertEquals(2, s.oneShot("repl"));
    }

    @Test
    void aChangedFileIsReReadAndAnInvalidOneKeepsTheLastGoodVersion(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("terms.yaml");
        Files.copy(Run.RESOURCES.resolve("time/supply.yaml"), file);
        Session s = session(dir, "");
        assertEquals(0, s.oneShot("show base"));
        take();
        Files.writeString(file, Files.readString(file).replace("title: Base supply", "title: Basic supply"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        s.oneShot("show base");
        assertTrue(take().startsWith("base — Basic supply"), "re-read before the next line");
        Files.writeString(file, "version: 1\nclauses: [\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertEquals(0, s.oneShot("show base"));
        assertTrue(take().startsWith("base — Basic supply"));
        assertTrue(err.toString().contains("keeping the last good version loaded"), err.toString());
        assertTrue(err.toString().contains("terms.yaml:3:1: YAML syntax error"), err.toString());
    }

    @Test
    void anEditOfTheSameSizeWithTheSameTimeIsReReadToo(@TempDir Path dir) throws IOException {
        // cp -p, rsync -t and file systems with one-second times: only the bytes tell
        Path file = dir.resolve("terms.yaml");
        Files.copy(Run.RESOURCES.resolve("time/supply.yaml"), file);
        FileTime time = Files.getLastModifiedTime(file);
        Session s = session(dir, "");
        assertEquals(0, s.oneShot("show base"));
        assertTrue(take().startsWith("base — Base supply"));
        Files.writeString(file, Files.readString(file).replace("title: Base supply", "title: Bass supply"));
        Files.setLastModifiedTime(file, time);
        s.oneShot("show base");
        assertTrue(take().startsWith("base — Bass supply"), "re-read though size and time are the same");
    }

    @Test
    void aScriptExitsWithTheStatusOfTheLastFailingLine() {
        Session s = session(Run.ROOT, "who has the rofr\nwho holds a non-compete\nwhere is the api hosted\n");
        assertEquals(1, s.script());
        Session ok = session(Run.ROOT, "set format json\nwho has the rofr\nwhere must the api run\n");
        assertEquals(0, ok.script());
        assertEquals(2, out.toString().lines().filter(l -> l.equals("{")).count(), "one JSON document an answer");
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedAndTheScriptGoesOn() {
        String atLimit = "who has the rofr " + "x".repeat(Session.MAX_LINE_CHARS - 17);
        Session s = session(Run.ROOT, atLimit + "\n" + "y".repeat(Session.MAX_LINE_CHARS + 1) + "\nwho has the rofr\n");
        assertEquals(2, s.script());
        assertEquals("terms: line 2 is longer than 65536 characters; skipped\n", err.toString());
        assertTrue(out.toString().contains("Microsoft holds the right"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, session(Run.ROOT, "set format json\r\nwho has the rofr\r\n").script(), "CRLF lines");
        assertTrue(out.toString().startsWith("{"), out.toString());
    }

    @Test
    void aThousandMalformedLinesLeaveTheSessionResponsive() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1000; i++) lines.append(i % 3 == 0 ? "clauses --nope\n" : i % 3 == 1 ? "\"unclosed\n" : "?!;'\n");
        lines.append("who has the rofr\n");
        Session s = session(Run.ROOT, lines.toString());
        s.script();
        assertTrue(out.toString().contains("Microsoft holds the right"));
    }

    @Test
    void helpListsCommandsWithAnExampleAndExitLeaves() {
        Session s = session(Run.ROOT, "help\nexit\nwho has the rofr\n");
        assertEquals(0, s.script());
        String help = take();
        assertTrue(help.contains("  who        Who holds, owes, may or must something.\n"), help);
        assertTrue(help.contains("e.g. who holds first refusal"), help);
        assertFalse(help.contains("Microsoft holds"), "nothing runs after exit");
    }

    @Test
    void completionOffersCommandsOptionValuesAndNames() {
        Session s = session(Run.ROOT, "");
        s.oneShot("reload");
        assertTrue(Completions.of(s, List.of("show", "rofr"), 1).contains("rofr-new-capacity"));
        assertEquals(List.of("text", "json", "yaml", "ndjson", "table", "markdown"),
                Completions.of(s, List.of("clauses", "-o", ""), 2));
        assertTrue(Completions.of(s, List.of("clauses", "--party", ""), 2).containsAll(List.of("microsoft", "openai")));
        assertTrue(Completions.of(s, List.of("clauses", "--kind", ""), 2).contains("right-of-first-refusal"));
        assertTrue(Completions.of(s, List.of("who", "holds", ""), 2).contains("ROFR"));
        assertEquals(List.of("format", "as-of", "file"), Completions.of(s, List.of("set", ""), 1));
    }

    @Test
    void theReadmeSessionIsWhatTheSessionPrints() throws IOException {
        // the README's transcript, replayed: each "terms> " line is run (a line ending in ⇥ is
        // completed with Tab instead, and the next line shows it completed)
        String readme = Files.readString(Run.ROOT.resolve("README.md"));
        int section = readme.indexOf("## The interactive session");
        int from = readme.indexOf("```text\n", section) + "```text\n".length();
        List<String> shown = readme.substring(from, readme.indexOf("```", from)).lines().toList();
        Session s = session(Run.ROOT, "");
        s.oneShot("reload");
        StringBuilder replayed = new StringBuilder(take()).append(Terminal.GREETING).append('\n');
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.get(i).startsWith("terms> ")) continue;
            String line = shown.get(i).substring("terms> ".length());
            replayed.append("terms> ").append(line).append('\n');
            if (line.endsWith("⇥")) {
                String typed = line.substring(0, line.length() - 1);
                List<String> words = ShellWords.split(typed);
                String last = words.get(words.size() - 1);
                List<String> offered = Completions.of(s, words, words.size() - 1).stream()
                        .filter(c -> c.startsWith(last)).toList();
                assertEquals(1, offered.size(), offered.toString());
                replayed.append("terms> ").append(typed, 0, typed.length() - last.length()).append(offered.get(0))
                        .append('\n');
                i++;
                continue;
            }
            s.oneShot(line);
            replayed.append(err).append(take());
            err.getBuffer().setLength(0);
        }
        assertEquals(String.join("\n", shown) + "\n", replayed.toString());
    }

    @Test
    void aMistypedCommandIsToldAsOnTheCommandLineNotAnsweredAsAQuestion() {
        Session s = session(Run.ROOT, "");
        s.oneShot("reload");
        take();
        assertEquals(2, s.oneShot("shwo rofr-new-capacity"));
        assertEquals(2, s.oneShot("bogus --flag"));
        assertEquals(2, s.oneShot("clear"));
        assertEquals(2, s.oneShot("timelnie"));
        assertEquals("", take());
        assertEquals("terms: unknown command 'shwo'; did you mean 'show'?\n"
                + "terms: unknown command 'bogus'; help lists the commands, or ask a question in words\n"
                + "terms: unknown command 'clear'; help lists the commands, or ask a question in words\n"
                + "terms: unknown command 'timelnie'; did you mean 'timeline'?\n", err.toString());
        err.getBuffer().setLength(0);
        // questions whose first word is one letter from a command, and one-word names, are still questions
        for (String q : List.of("why does microsoft hold the rofr", "whom does openai pay", "whats the rofr", "rofr")) {
            s.oneShot(q);
            assertFalse(err.toString().contains("unknown command"), q + ": " + err);
        }
        assertTrue(take().contains("Microsoft holds the right"));
    }
}
