package dev.terms.bench;

import dev.terms.load.TermsLoader;
import dev.terms.model.Agreement;
import dev.terms.question.Lexicon;
import dev.terms.question.QueryParser;
import dev.terms.question.Synonyms;
import dev.terms.question.Vocabulary;
import dev.terms.question.WordNet;
import dev.terms.question.WordNet.Pos;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What WordNet's first use adds to a one-shot question in a fresh JVM (bench/wordnet.sh runs it
 * under hyperfine). Every mode first does what a one-shot `ask` does anyway, loading a terms file
 * and parsing the question, so the JDK classes that path loads are not charged to WordNet. Then:
 * {@code none} stops (the baseline); {@code word} looks up one word; {@code question} does what
 * reading and matching one question with WordNet would: each content word's parts of speech (six
 * words here; the parser already drops function words), then the verb and two nouns against a
 * clause's. With a third argument, prints that step's wall and CPU
 * time in µs.
 */
public final class WordNetFirstUse {

    private WordNetFirstUse() {}

    private static final String QUESTION = "can microsoft sell the licensed models to its customers in europe";

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Agreement agreement = new TermsLoader().load(Path.of(args[1]), args[1]);
        new QueryParser(new Vocabulary(List.of(agreement))).parse(QUESTION, LocalDate.of(2026, 12, 1));
        // this thread's CPU time too: on a shared machine wall time mostly measures the neighbours
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int found = 0;
        if (mode.equals("word")) {
            found += WordNet.lemmas("sold", Pos.VERB).size();
        } else if (mode.equals("question")) {
            for (String token : QUESTION.split(" ")) {
                if (Lexicon.NOISE.contains(token) || Lexicon.VERBS.contains(token)) continue;
                for (Pos pos : Pos.values()) if (WordNet.is(token, pos)) found++;
            }
            found += Synonyms.relate("sell", "distribute", Pos.VERB).relation().ordinal();
            found += Synonyms.relate("models", "software", Pos.NOUN).relation().ordinal();
            found += Synonyms.relate("customers", "clients", Pos.NOUN).relation().ordinal();
        } else if (!mode.equals("none")) {
            throw new IllegalArgumentException("mode: none, word or question");
        }
        long micros = (System.nanoTime() - start) / 1000;
        long cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1000;
        if (args.length > 2) System.out.println(micros + " " + cpuMicros + " (wall, cpu us; " + found + ")");
    }
}
