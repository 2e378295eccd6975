package dev.terms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.ProcessTest;
import dev.terms.cli.Cli;
import dev.terms.cli.Interactive;
import dev.terms.app.Io;
import dev.terms.repl.Session;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Which subcommands a run builds (issue 13): building one costs start-up time, so a one-shot run
 * builds only the one it names, while help, the completion script and the session see them all.
 */
class CommandTreeTest {

    /** The whole tree, as help, typos and the session build it. */
    private static final Set<String> ALL = Cli.commandLine(io()).getSubcommands().keySet();

    /** What Main hands in: a one-shot run can always start a session, and must still build one command. */
    private static final Interactive STARTER = (io, files) -> Session.start(io, files, (o, cache) -> Cli.commandLine(o, cache, null));

    private static Io io() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return new Io(new BufferedReader(new StringReader("")), sink, sink, false, Map.of(), Run.ROOT, () -> Run.TODAY);
    }

    private static Set<String> built(String... args) {
        return Cli.commandLineFor(io(), STARTER, args).getSubcommands().keySet();
    }

    @Test
    void aOneShotRunBuildsOnlyTheCommandItNames() {
        assertEquals(Set.of("ask"), built("ask", "Who holds the right of first refusal?", "-o", "json"));
        assertEquals(Set.of("who"), built("-f", "terms.yaml", "--as-of", "2024-06-01", "who", "holds", "the", "rofr"));
        assertEquals(Set.of("clauses"), built("--jq", ".[0]", "--fields", "id", "clauses"));
        // an option's value is never taken for the command, even when it is a command's name
        assertEquals(Set.of("clauses"), built("--jq", "show", "-o", "ask", "clauses"));
        assertEquals(Set.of("who"), built("--no-color", "--debug", "who", "holds", "the", "rofr"));
        assertEquals(Set.of("show"), built("show", "rofr-new-capacity", "--help"));
        assertEquals(Set.of("repl"), built("repl"));
        assertEquals(Set.of("train"), built("train"));
    }

    @Test
    void helpTyposNoCommandAndCompletionBuildTheWholeTree() {
        assertTrue(ALL.size() > 20 && ALL.containsAll(List.of("ask", "who", "clauses", "repl", "help")), ALL.toString());
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"-f", "terms.yaml"},
                new String[] {"help"}, new String[] {"help", "ask"}, new String[] {"claus"},
                new String[] {"completion", "bash"})) {
            assertEquals(ALL, built(args), String.join(" ", args));
        }
    }

    @Test
    void helpListsEveryCommandAndTheCompletionScriptCompletesThem() {
        String help = Run.terms("--help").out();
        // picocli's script names the root's commands on its first `local commands="..."` line
        String script = Run.terms("completion", "bash").out();
        String line = script.lines().filter(l -> l.trim().startsWith("local commands=\"")).findFirst().orElseThrow();
        List<String> completed = List.of(line.trim().replace("local commands=\"", "").replace("\"", "").split(" "));
        Map<String, CommandLine> tree = Cli.commandLine(io()).getSubcommands();
        for (String name : ALL) {
            if (tree.get(name).getCommandSpec().usageMessage().hidden()) continue;
            assertTrue(help.contains("\n  " + name + " "), name + " not in --help:\n" + help);
            assertTrue(completed.contains(name), name + " not completed: " + completed);
        }
    }

    /** The real process, as a script calls it: picocli's own trace counts the subcommands Main's run builds. */
    @Test
    void mainBuildsOnlyTheNamedCommandAndAllForHelp() throws Exception {
        assertEquals(List.of("ask"), added(main("", "-Dpicocli.trace=DEBUG", "ask", "Who holds the right of first refusal?", "-o", "json")));
        assertEquals(List.copyOf(ALL), added(main("", "-Dpicocli.trace=DEBUG", "--help")));
        // `terms repl` builds repl alone, then the session it starts builds every command and runs them
        List<String> repl = added(main("who holds the rofr\nclauses\n", "-Dpicocli.trace=DEBUG", "repl"));
        List<String> whole = new ArrayList<>(List.of("repl"));
        whole.addAll(ALL);
        assertEquals(whole, repl);
    }

    /**
     * The question commands' model is built in code: reading annotations makes the JDK define a
     * proxy class per annotation type, which no class archive can hold (issue 13: 23 such classes a
     * run before). A one-shot question defines none; a command still built from annotations does.
     */
    @Test
    void aOneShotQuestionReadsNoAnnotations() throws Exception {
        for (String[] args : List.of(new String[] {"ask", "Who holds the right of first refusal?", "-o", "json"},
                new String[] {"-f", "terms.yaml", "who", "holds", "the", "rofr"}, new String[] {"ask", "--help"})) {
            assertEquals(List.of(), proxies(main("", "-Xlog:class+load=info:stderr", args)), String.join(" ", args));
        }
        assertTrue(proxies(main("", "-Xlog:class+load=info:stderr", "clauses")).size() > 0, "the check itself sees proxies");
    }

    private static List<String> proxies(String log) {
        return log.lines().filter(l -> l.contains("source: __dynamic_proxy__")).toList();
    }

    private static List<String> added(String trace) {
        List<String> added = new ArrayList<>();
        for (String line : trace.lines().toList()) {
            String prefix = "[picocli DEBUG] Adding subcommand '";
            if (line.startsWith(prefix) && line.endsWith("' to 'terms'")) {
                added.add(line.substring(prefix.length(), line.indexOf('\'', prefix.length())));
            }
        }
        return added;
    }

    /** Runs Main in a JVM of its own with one JVM option; returns its standard error. */
    private static String main(String stdin, String jvmOption, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", jvmOption, "-cp", System.getProperty("java.class.path"), "dev.terms.Main"));
        cmd.addAll(List.of(args));
        Process p = ProcessTest.sandboxed(new ProcessBuilder(cmd).directory(Run.ROOT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        return err;
    }

    @Test
    void theLauncherSkipsTheValuesOfTheRootsOptionsAndNothingElse() throws Exception {
        // the launcher tells a session from a one-shot run by the first word that is neither an option nor an
        // option's value (`terms -f repl ask ...` names a file): its list of the root's options that take a value
        // is the root's own
        for (CommandLine.Model.OptionSpec o : Cli.commandLine(io()).getCommandSpec().options()) {
            for (String name : o.names()) {
                String flags = ProcessTest.launcherFlags(name, "repl", "ask", "who");
                if (o.arity().min() > 0) assertTrue(flags.startsWith("-XX:TieredStopAtLevel=1 "), name + " takes a value: " + flags);
                if (o.arity().max() == 0) assertFalse(flags.contains("TieredStopAtLevel"), name + " takes none: " + flags);
            }
        }
    }
}
