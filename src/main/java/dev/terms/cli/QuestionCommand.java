package dev.terms.cli;

import dev.terms.answer.Result;
import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.question.Query;
import dev.terms.render.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What ask, who, what, where and when share: a question in, an answer out. Scripts call these
 * once per question, so their model is built in code ({@link Specs}), not from annotations.
 */
abstract class QuestionCommand implements Callable<Integer> {

    final TermsCommand root;

    final Specs.Value<Boolean> explain = new Specs.Value<>(false);

    /** The words of the question, as given. */
    final Specs.Value<List<String>> words = new Specs.Value<>(new ArrayList<>());

    QuestionCommand(TermsCommand root) {
        this.root = root;
    }

    /** The model every question command shares: the words and --explain (the caller adds its own, then -h and -V). */
    CommandSpec spec(String name, String wordsLabel, String wordsDescription) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(this).name(name);
        s.addPositional(Specs.positional(words).paramLabel(wordsLabel).arity("0..*")
                .type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>())
                .description(wordsDescription).build());
        s.addOption(Specs.option(explain, "--explain").type(boolean.class).initialValue(false)
                .description("Show the typed query built from the question and how each clause scored.").build());
        return s;
    }

    /** The question as typed, including the question word for who/what/where/when. */
    abstract String question();

    /** Whether any words were given at all: {@code ask ""} is an empty question, {@code ask} bad usage. */
    abstract boolean given();

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        String q = question();
        if (q.isBlank() && !given()) {
            throw new TermsException(Exit.USAGE, "no question given; try: terms ask \"Who holds the right of first refusal?\"");
        }
        return print(ws, ask(ws, q)) ? Exit.OK : Exit.NO_MATCH;
    }

    static Result ask(Workspace ws, String question) throws LoadException {
        // parsing first: on a large file the parser starts the engine's index on another core
        Query q = ws.parser().parse(question, ws.asOf());
        return ws.engine().answer(q);
    }

    /** Prints one result; true when it answered. */
    boolean print(Workspace ws, Result r) throws LoadException {
        return print(ws, r, 0);
    }

    /** Prints one result, with the line of standard input it was asked on when {@code line > 0} (ask --batch). */
    boolean print(Workspace ws, Result r, int line) throws LoadException {
        ws.print(new Answers(ws.corpus(), r, explain.value(), line, ws.quoted()));
        return r.answered();
    }

    static String join(String word, List<String> words) {
        return (word + " " + String.join(" ", words)).strip();
    }
}
