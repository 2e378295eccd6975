package dev.terms.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** who, what, where, when: a question that starts with the command's own word. One class, four commands. */
final class WordCommand extends QuestionCommand {

    /** The question words, each with its description and two examples. */
    static final List<List<String>> WORDS = List.of(
            List.of("who", "Who holds, owes, may or must something.",
                    "terms who holds first refusal", "terms who shares revenue"),
            List.of("what", "What a party holds, owes, may or must not do; what replaced what.",
                    "terms what must openai do", "terms what replaced cloud exclusivity"),
            List.of("where", "Where something must or may happen.",
                    "terms where must the api run", "terms where are openai models trained"),
            List.of("when", "When something starts or ends.",
                    "terms when did cloud exclusivity end", "terms when does the agreement start"));

    private final List<String> word;

    /** {@code word}: one of {@link #WORDS}. */
    WordCommand(TermsCommand root, List<String> word) {
        super(root);
        this.word = word;
    }

    CommandSpec spec() {
        CommandSpec s = spec(word.get(0), "WORDS", "The rest of the question.");
        s.usageMessage().description(word.get(1) + " Same as: terms ask \"" + word.get(0) + " ...\".")
                .footerHeading("%nExamples:%n").footer("  " + word.get(2), "  " + word.get(3));
        return Specs.withStandardHelp(s);
    }

    @Override
    String question() {
        return join(word.get(0), words.value());
    }

    @Override
    boolean given() {
        return true; // "terms who" is a question: who is what?
    }
}
