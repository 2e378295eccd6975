package dev.terms.question;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comparison a question makes with a number: "is the cap more than $1M?", "at least 99%",
 * "less than 30 days". Read from the words right before the number.
 */
public enum Comparison {
    MORE, AT_LEAST, LESS, AT_MOST;

    private static final Pattern BEFORE_NUMBER = Pattern.compile("\\b(more than|over|above|exceeds?|exceeding|greater than"
            + "|higher than|larger than|at least|no less than|not less than|a minimum of|less than|under|below|fewer than"
            + "|lower than|smaller than|at most|no more than|not more than|up to|a maximum of)\\s+(?:the\\s+)?"
            + "(?:\\$|usd\\s*|eur\\s*|€|£|gbp\\s*)?\\d");

    /** The comparison the question makes with its first number, or null when it asks for the number itself. */
    public static Comparison in(String question) {
        Matcher m = BEFORE_NUMBER.matcher(question.toLowerCase(Locale.ROOT));
        if (!m.find()) return null;
        return switch (m.group(1)) {
            case "at least", "no less than", "not less than", "a minimum of" -> AT_LEAST;
            case "less than", "under", "below", "fewer than", "lower than", "smaller than" -> LESS;
            case "at most", "no more than", "not more than", "up to", "a maximum of" -> AT_MOST;
            default -> MORE;
        };
    }

    /** Whether a stated value meets the comparison with the value asked: 750,000 is not MORE than 1,000,000. */
    public boolean holds(java.math.BigDecimal stated, java.math.BigDecimal asked) {
        int c = stated.compareTo(asked);
        return switch (this) {
            case MORE -> c > 0;
            case AT_LEAST -> c >= 0;
            case LESS -> c < 0;
            case AT_MOST -> c <= 0;
        };
    }

    public String words() {
        return switch (this) {
            case MORE -> "more than";
            case AT_LEAST -> "at least";
            case LESS -> "less than";
            case AT_MOST -> "at most";
        };
    }
}
