package dev.terms.cli;

import dev.terms.answer.Result;
import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Model.CommandSpec;

final class AskCommand extends QuestionCommand {

    final Specs.Value<Boolean> batch = new Specs.Value<>(false);

    AskCommand(TermsCommand root) {
        super(root);
    }

    CommandSpec spec() {
        CommandSpec s = spec("ask", "QUESTION", "The question; quote it or not.");
        s.addOption(Specs.option(batch, "--batch").type(boolean.class).initialValue(false)
                .description("Read one question a line from standard input; one answer each (blank lines and # "
                        + "comments are skipped; the JSON answer has the question's line).").build());
        s.usageMessage().description("Answer a question in plain English, citing the clause that supports the answer.")
                .footerHeading("%nExamples:%n")
                .footer("  terms ask \"Who holds the right of first refusal?\"",
                        "  terms ask \"Can OpenAI offer its API on Google Cloud?\" -o json",
                        "  terms ask --explain \"where is the api hosted\"",
                        "  terms ask --batch -o ndjson < questions.txt",
                        "",
                        "Exit status: 0 answered (with --batch: every question), 1 no answer.");
        return Specs.withStandardHelp(s);
    }

    @Override
    String question() {
        return String.join(" ", words.value()).strip();
    }

    @Override
    boolean given() {
        return !words.value().isEmpty();
    }

    @Override
    public Integer call() throws LoadException {
        if (!batch.value()) return super.call();
        Workspace ws = root.workspace();
        boolean all = true;
        try {
            String line;
            for (int number = 1; (line = ws.io().in().readLine()) != null; number++) {
                String q = line.strip();
                if (q.isEmpty() || q.startsWith("#")) continue; // a file of questions may be commented
                Result r = ask(ws, q);
                all &= print(ws, r, number);
                if (ws.io().out().checkError()) break; // the reader went away: stop quietly
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all ? Exit.OK : Exit.NO_MATCH;
    }
}
