package dev.terms.cli;

import dev.terms.answer.Engine;
import dev.terms.answer.Result;
import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.app.Workspace;
import dev.terms.expect.Expectation;
import dev.terms.expect.Judge;
import dev.terms.expect.Outcome;
import dev.terms.expect.QuestionsFile;
import dev.terms.expect.Recording;
import dev.terms.expect.Suite;
import dev.terms.load.Diagnostic;
import dev.terms.load.LoadException;
import dev.terms.load.QuestionsLoader;
import dev.terms.model.Agreement;
import dev.terms.model.Corpus;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import dev.terms.render.TestReport;
import dev.terms.render.Views;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Ask the questions of a questions file and check each answer against the one it expects.",
                "Without FILE: the questions file beside each terms file loaded (NAME.questions.yaml for NAME.yaml). "
                        + "A questions file beside a terms file is asked of that file's agreement; any other, of "
                        + "all the files loaded."},
        footerHeading = "%nExamples:%n",
        footer = {"  terms test",
                "  terms test -o junit > terms-test.xml",
                "  terms -f contracts/nda.yaml test -o tap",
                "  terms -f contracts/nda.yaml test --record < questions.txt",
                "",
                "Exit status: 0 every answer as expected, 1 some answer not, 65 a questions file is invalid,",
                "66 no questions file, 73 --record: the file exists (nothing is written)."})
final class TestCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Questions files. Default: the one beside each terms file.")
    List<String> files = new ArrayList<>();

    @Option(names = "--record", description = "Ask the questions on standard input (one a line; blank lines and # "
            + "comments skipped) and write their current answers as a new questions file (FILE, or the one beside "
            + "the terms file), to review; never over an existing file.")
    boolean record;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        if (record) return record(ws);
        List<Suite> suites = run(ws, questionsFiles(ws));
        ws.print(new TestReport(suites));
        return suites.stream().allMatch(s -> s.failures() == 0) ? Exit.OK : Exit.NO_MATCH;
    }

    /** The files named, or the one beside each loaded terms file that has one. */
    private List<Path> questionsFiles(Workspace ws) throws LoadException {
        if (!files.isEmpty()) return files.stream().map(p -> ws.io().cwd().resolve(p)).toList();
        List<Path> out = new ArrayList<>();
        List<String> looked = new ArrayList<>();
        for (Agreement a : ws.corpus().agreements()) {
            Path p = ws.io().cwd().resolve(QuestionsFile.beside(a.location().file()));
            looked.add(ws.shown(p));
            if (Files.exists(p)) out.add(p);
        }
        if (out.isEmpty()) {
            throw new TermsException(Exit.NO_INPUT, "no questions file: looked for " + String.join(", ", looked)
                    + "; write one, or record one with: terms test --record < questions.txt");
        }
        return out;
    }

    /** Every file read first, so that all their problems are reported together; then every question asked. */
    private List<Suite> run(Workspace ws, List<Path> paths) throws LoadException {
        List<QuestionsFile> read = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        boolean unreadable = false;
        for (Path p : paths) {
            try {
                read.add(QuestionsLoader.load(p, ws.shown(p)));
            } catch (LoadException e) {
                problems.addAll(e.diagnostics());
                unreadable |= e.unreadable();
            }
        }
        if (!problems.isEmpty()) throw LoadException.of(problems, unreadable);
        List<Suite> suites = new ArrayList<>();
        for (QuestionsFile q : read) {
            Asker asker = asker(ws, q.file());
            List<Outcome> outcomes = new ArrayList<>();
            for (Expectation e : q.questions()) {
                Map<String, Object> answer = asker.ask(e.question(), e.asOf() != null ? e.asOf() : ws.asOf());
                outcomes.add(new Outcome(e, answer, Judge.failure(e, answer)));
            }
            suites.add(new Suite(q.file(), outcomes));
        }
        return suites;
    }

    /** Asks questions of some agreements; the answer is the JSON answer of {@code ask -o json}. */
    private record Asker(Corpus corpus, QueryParser parser, Engine engine) {
        Map<String, Object> ask(String question, LocalDate asOf) {
            Result r = engine.answer(parser.parse(question, asOf));
            return Views.result(corpus, r, false);
        }
    }

    /** The agreement of the terms file beside the questions file, when it is loaded with others; else all of them. */
    private static Asker asker(Workspace ws, String questionsFile) throws LoadException {
        Corpus all = ws.corpus();
        List<Agreement> beside = all.agreements().stream()
                .filter(a -> QuestionsFile.beside(a.location().file()).equals(questionsFile)).toList();
        if (beside.isEmpty() || beside.size() == all.agreements().size()) return new Asker(all, ws.parser(), ws.engine());
        Corpus own = new Corpus(beside);
        return new Asker(own, new QueryParser(new Vocabulary(beside)), new Engine(own));
    }

    /** --record: the questions on standard input, with their answers now, as a new questions file. */
    private int record(Workspace ws) throws LoadException {
        if (files.size() > 1) throw new TermsException(Exit.USAGE, "--record writes one questions file; " + files.size() + " given");
        Path target;
        if (!files.isEmpty()) {
            target = ws.io().cwd().resolve(files.get(0));
        } else if (ws.corpus().agreements().size() == 1) {
            target = ws.io().cwd().resolve(QuestionsFile.beside(ws.corpus().agreements().get(0).location().file()));
        } else {
            throw new TermsException(Exit.USAGE, "--record: several terms files are loaded; name the questions file to write");
        }
        String shown = ws.shown(target);
        if (Files.exists(target)) throw new TermsException(InitCommand.CANNOT_CREATE, shown + " exists; not overwriting it");
        Asker asker = new Asker(ws.corpus(), ws.parser(), ws.engine());
        LocalDate asOf = ws.asOf();
        StringBuilder yaml = new StringBuilder("# Recorded by terms test --record: the answers as the tool gave them on "
                + asOf + ".\n# Review each one against the agreement before relying on it.\nquestions:\n");
        int count = 0;
        try {
            String line;
            while ((line = ws.io().in().readLine()) != null) {
                String q = line.strip();
                if (q.isEmpty() || q.startsWith("#")) continue;
                yaml.append(Recording.entry(q, asOf, asker.ask(q, asOf)));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count == 0) throw new TermsException(Exit.USAGE, "--record: no questions on standard input (one a line)");
        try {
            Files.writeString(target, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new TermsException(InitCommand.CANNOT_CREATE, shown + " exists; not overwriting it");
        } catch (IOException e) {
            throw new TermsException(InitCommand.CANNOT_CREATE, shown + ": cannot be written: " + e.getMessage());
        }
        ws.io().out().println("Wrote " + shown + ": " + count + " question" + (count == 1 ? "" : "s")
                + " with the answers as of " + asOf + ". Review each answer, then: terms test");
        ws.io().out().flush();
        return Exit.OK;
    }
}
