package dev.terms.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** who, what, where, when: a question that starts with the command's own word. One class, four commands. */
@Command(mixinStandardHelpOptions = true)
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

    private final String word;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "The rest of the question.")
    List<String> words = new ArrayList<>();

    WordCommand(String word) {
        this.word = word;
    }

    @Override
    String question() {
        return join(word, words);
    }

    @Override
    boolean given() {
        return true; // "terms who" is a question: who is what?
    }
}
