package dev.terms.answer;

import dev.terms.model.Corpus;
import java.util.List;

/**
 * A clause the engine weighed for a question: its score, whether it was taken, and why; and,
 * where the question was unified with it, each slot's outcome (null otherwise).
 */
public record Candidate(Corpus.Item item, double score, boolean taken, List<String> why,
        Unifier.Unification unification) {}
