package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.Workspace;
import dev.terms.load.LoadException;
import dev.terms.model.Corpus;
import dev.terms.question.Lexicon;
import dev.terms.question.Text;
import dev.terms.render.ClauseListing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Ranked full-text search over every clause (any status); title and aliases weigh most.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms search azure", "  terms search revenue -o json", "", "Exit status: 0 found, 1 nothing matched."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "Words to look for.")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws LoadException {
        Workspace ws = root.workspace();
        Corpus corpus = ws.corpus();
        List<String> stems = Text.tokens(String.join(" ", words)).stream()
                .filter(t -> !Lexicon.NOISE.contains(t.word()) || words.size() == 1).map(Text.Token::stem).toList();
        Map<Corpus.Item, Double> scores = new java.util.IdentityHashMap<>();
        for (Corpus.Item it : corpus.items()) {
            double s = score(it, stems);
            if (s > 0) scores.put(it, s);
        }
        List<Corpus.Item> ranked = scores.keySet().stream()
                .sorted(Comparator.comparingDouble((Corpus.Item it) -> -scores.get(it))
                        .thenComparingInt(Corpus.Item::ordinal))
                .collect(Collectors.toList());
        ws.print(new ClauseListing(corpus, ranked, ws.asOf()));
        return ranked.isEmpty() ? Exit.NO_MATCH : Exit.OK;
    }

    /** Each word found: 3 in title or aliases, 2 in kind, action, object or where, 1 elsewhere. */
    private static double score(Corpus.Item it, List<String> stems) {
        var c = it.clause();
        String names = bag(c.title(), String.join(" ", c.aliases()), c.id().replace('-', ' '));
        String fields = bag(c.kind().replace('-', ' '), c.action(), c.object(), c.where(),
                c.object() == null ? null : it.agreement().label(c.object()),
                c.where() == null ? null : it.agreement().label(c.where()));
        String rest = bag(c.text(), c.purpose(), c.amount(), c.note(), String.join(" ", c.tags()),
                String.join(" ", c.conditions()), String.join(" ", c.exceptions()));
        double s = 0;
        for (String stem : stems) {
            String k = " " + stem + " ";
            s += names.contains(k) ? 3 : fields.contains(k) ? 2 : rest.contains(k) ? 1 : 0;
        }
        return s;
    }

    private static String bag(String... parts) {
        StringBuilder b = new StringBuilder(" ");
        for (String p : parts) {
            if (p == null) continue;
            for (Text.Token t : Text.tokens(p)) b.append(t.stem()).append(' ');
        }
        return b.toString();
    }
}
