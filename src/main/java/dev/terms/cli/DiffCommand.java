package dev.terms.cli;

import dev.terms.answer.Answer;
import dev.terms.answer.Engine;
import dev.terms.answer.Result;
import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.app.Workspace;
import dev.terms.change.DateDiff;
import dev.terms.change.FileDiff;
import dev.terms.load.LoadException;
import dev.terms.model.Agreement;
import dev.terms.model.Corpus;
import dev.terms.question.QueryParser;
import dev.terms.question.Vocabulary;
import dev.terms.render.Changes;
import dev.terms.render.Views;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"What changed: between two dates of the loaded files (--from D1 --to D2), or between two "
                + "versions of an agreement (diff BEFORE AFTER). With --questions, also every question in FILE whose "
                + "answer changed."},
        footerHeading = "%nExamples:%n",
        footer = {"  terms diff --from 2024-12-31 --to 2025-02-01", "  terms diff old.yaml new.yaml -o markdown",
                "  terms diff --from 2024-06-01 --to 2025-06-01 --questions questions.txt",
                "", "Exit status: 0 no difference, 1 some difference (as diff(1)), 2 bad usage."})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..2", description = "The BEFORE and AFTER versions of a terms file.")
    List<String> files = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "The earlier date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "The later date (default: --as-of, today).")
    String to;

    @Option(names = "--questions", paramLabel = "FILE", description = "Ask each question (one a line) on both sides; "
            + "print those whose answer changed.")
    String questions;

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        Side before, after;
        FileDiff byFile = null;
        DateDiff byDate = null;
        if (files.size() == 2) {
            if (from != null || to != null) throw new TermsException(Exit.USAGE, "diff BEFORE AFTER compares files as of "
                    + "--as-of; --from and --to are for one file between two dates");
            Corpus x = ws.corpus(List.of(files.get(0))), y = ws.corpus(List.of(files.get(1)));
            Agreement a = x.agreements().get(0), b = y.agreements().get(0);
            byFile = FileDiff.of(files.get(0), a, files.get(1), b, ws.asOf(), Views::fields);
            before = new Side(x, ws.asOf());
            after = new Side(y, ws.asOf());
        } else if (files.isEmpty() && from != null) {
            LocalDate d1 = Workspace.date("--from", from);
            LocalDate d2 = to == null ? ws.asOf() : Workspace.date("--to", to);
            if (d2.isBefore(d1)) throw new TermsException(Exit.USAGE, "--to " + d2 + " is before --from " + d1);
            byDate = DateDiff.of(ws.corpus(), d1, d2);
            before = new Side(ws.corpus(), d1);
            after = new Side(ws.corpus(), d2);
        } else {
            throw new TermsException(Exit.USAGE, "give two files (diff BEFORE AFTER) or dates (diff --from D1 --to D2)");
        }
        List<Changes.ChangedAnswer> changed = questions == null ? null : changedAnswers(ws, before, after);
        Changes view = byFile != null ? new Changes.ByFile(byFile, ws.asOf().toString(), changed)
                : new Changes.ByDate(byDate, changed);
        ws.print(view);
        boolean different = (byFile != null ? !byFile.isEmpty() : !byDate.isEmpty()) || changed != null && !changed.isEmpty();
        return different ? Exit.NO_MATCH : Exit.OK;
    }

    /** One side of a comparison: the agreements and the date they are seen at. */
    private record Side(Corpus corpus, LocalDate day) {}

    /** Answers on one side: its engine and vocabulary built once, for every question of the file. */
    private record Asker(Engine engine, QueryParser parser, LocalDate day) {
        Asker(Side side) {
            this(new Engine(side.corpus()), new QueryParser(new Vocabulary(side.corpus().agreements())), side.day());
        }

        Result ask(String question) {
            return engine.answer(parser.parse(question, day));
        }
    }

    private List<Changes.ChangedAnswer> changedAnswers(Workspace ws, Side before, Side after) {
        List<String> lines;
        try {
            // bounded and regular only, as terms files are: a FIFO or /dev/zero must not hang the run
            byte[] bytes = dev.terms.load.Bounded.read(ws.io().cwd().resolve(questions),
                    dev.terms.load.Limits.DEFAULT.maxFileBytes(), true);
            lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (dev.terms.load.Bounded.NotRegular e) {
            throw new TermsException(Exit.NO_INPUT, questions + ": is " + e.getMessage() + ", not a regular file");
        } catch (dev.terms.load.Bounded.TooLarge e) {
            throw new TermsException(Exit.NO_INPUT, questions + ": more than "
                    + dev.terms.load.Limits.DEFAULT.maxFileBytes() + " bytes");
        } catch (IOException e) {
            throw new TermsException(Exit.NO_INPUT, questions + ": cannot be read: " + e.getMessage());
        }
        Asker x = new Asker(before), y = new Asker(after);
        List<Changes.ChangedAnswer> out = new ArrayList<>();
        for (String q : lines) {
            if (q.isBlank()) continue;
            Result a = x.ask(q.strip()), b = y.ask(q.strip());
            if (Objects.equals(signature(a), signature(b))) continue;
            out.add(new Changes.ChangedAnswer(q.strip(), a.answers(), b.answers()));
        }
        return out;
    }

    /** What an answer says, for comparison: its values and the clauses and statuses behind them. */
    private static List<String> signature(Result r) {
        return r.answers().stream().map(DiffCommand::signature).toList();
    }

    private static String signature(Answer a) {
        return a.jsonValue() + "@" + (a.clause() == null ? a.agreement().id() : a.clause().clause().id()) + ":"
                + a.status().state().word();
    }
}
