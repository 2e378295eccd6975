package dev.terms.cli;

import dev.terms.answer.Result;
import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question in plain English, citing the clause that supports the answer.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms ask \"Who holds the right of first refusal?\"",
                "  terms ask \"Can OpenAI offer its API on Google Cloud?\" -o json",
                "  terms ask --explain \"where is the api hosted\"",
                "  terms ask --batch -o ndjson < questions.txt",
                "",
                "Exit status: 0 answered (with --batch: every question), 1 no answer."})
final class AskCommand extends QuestionCommand {

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question; quote it or not.")
    List<String> words = new ArrayList<>();

    @Option(names = "--batch", description = "Read one question a line from standard input; one answer each.")
    boolean batch;

    @Override
    String question() {
        return String.join(" ", words).strip();
    }

    @Override
    boolean given() {
        return !words.isEmpty();
    }

    @Override
    public Integer call() throws LoadException {
        if (!batch) return super.call();
        Workspace ws = root.workspace();
        boolean all = true;
        try {
            String line;
            while ((line = ws.io().in().readLine()) != null) {
                if (line.isBlank()) continue;
                Result r = ask(ws, line.strip());
                all &= print(ws, r);
                if (ws.io().out().checkError()) break; // the reader went away: stop quietly
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all ? Exit.OK : Exit.NO_MATCH;
    }
}
