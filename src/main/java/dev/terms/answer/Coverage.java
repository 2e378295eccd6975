package dev.terms.answer;

/**
 * How much of a question a clause covers, the one rule the engine's weighing and the index's
 * pruning share: each thing the question names counts {@link #TOPIC}, each other word
 * {@link #WORD}, and a clause is topical when it covers at least {@link #MIN} of the total. The
 * index passes over a clause only when even the most it could reach falls short, so the two
 * must count alike.
 */
final class Coverage {

    private Coverage() {}

    static final int TOPIC = 2;
    static final int WORD = 1;
    static final double MIN = 0.6;

    static boolean enough(double reached, double total) {
        return total == 0 || reached / total >= MIN;
    }
}
