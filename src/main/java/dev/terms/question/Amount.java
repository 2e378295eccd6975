package dev.terms.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a text gives it: its value and its unit ("99.9%", "USD 150", "30 days", "3x"),
 * so that a question's 99.99% meets a clause's 99.9% as a different value, not as shared words.
 */
public record Amount(BigDecimal value, Unit unit, String text) {

    public enum Unit { PERCENT, MONEY, DAY, WEEK, MONTH, YEAR, HOUR, TIMES, NONE }

    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(\\$|usd|eur|€|£|gbp)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*"
            + "(%|percent|per cent|x\\b|times|million|billion|thousand|k\\b|m\\b|bn\\b|"
            + "(?:business |calendar )?(?:days?|weeks?|months?|years?|hours?)|dollars?|usd|euros?)?");

    /** The longest currency NUMBER takes before a number ("usd"). */
    private static final int CURRENCY_CHARS = 3;

    private static final Pattern WORDS = Pattern.compile("(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|eighteen|twenty|thirty|forty|forty-five|sixty|ninety)\\b(?!\\s*\\()"
            // only a count of something measured: "eight months", not "one of its affiliates"
            + "(?=\\s+(?:business |calendar )?(?:days?|weeks?|months?|years?|hours?|percent|times|per cent)\\b)");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "eighteen", "twenty", "thirty", "forty", "forty-five", "sixty",
            "ninety");
    private static final int[] VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 18, 20, 30, 40, 45, 60, 90};

    /** "eight months" reads as "8 months"; "thirty (30) days" keeps its digits once. */
    private static String digits(String text) {
        if (!namesAUnit(text)) return text;
        Matcher m = WORDS.matcher(text);
        if (!m.find()) return text;
        m.reset();
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, String.valueOf(VALUES[NUMBERS.indexOf(m.group(1).toLowerCase(Locale.ROOT))]));
        m.appendTail(b);
        return b.toString();
    }

    /** Every number in a text, with the unit that follows or precedes it. */
    public static List<Amount> in(String text) {
        List<Amount> out = new ArrayList<>();
        if (text == null) return out;
        text = digits(text);
        Matcher m = NUMBER.matcher(text);
        // every amount has a digit: the search starts just before the next one (its currency and
        // spaces), not at every character between (on a large file's first question, every
        // clause's every text comes through here)
        for (int from = 0; (from = searchFrom(text, from)) >= 0 && m.find(from); from = m.end()) {
            // a number inside a word or a date (2024-03-01, §4.2) is not an amount
            int s = m.start(2);
            if (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-' || text.charAt(s - 1) == '§'))
                continue;
            if (m.end(2) < text.length() && text.charAt(m.end(2)) == '-' ) continue;
            BigDecimal v;
            try {
                v = new BigDecimal(m.group(2).replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            String suffix = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            Unit unit = Unit.NONE;
            if (m.group(1) != null || suffix.startsWith("dollar") || suffix.equals("usd") || suffix.startsWith("euro"))
                unit = Unit.MONEY;
            switch (suffix.replaceFirst("^(business|calendar) ", "").replaceFirst("s$", "")) {
                case "%", "percent", "per cent" -> unit = Unit.PERCENT;
                case "x", "time" -> unit = Unit.TIMES;
                case "million", "m" -> v = v.multiply(BigDecimal.valueOf(1_000_000));
                case "billion", "bn" -> v = v.multiply(BigDecimal.valueOf(1_000_000_000));
                case "thousand", "k" -> v = v.multiply(BigDecimal.valueOf(1_000));
                case "day" -> unit = Unit.DAY;
                case "week" -> unit = Unit.WEEK;
                case "month" -> unit = Unit.MONTH;
                case "year" -> unit = Unit.YEAR;
                case "hour" -> unit = Unit.HOUR;
                default -> { }
            }
            out.add(new Amount(v.stripTrailingZeros(), unit, m.group().trim()));
        }
        return out;
    }

    /** The words one of WORDS' units begins with; each is cheaper to look for than the pattern. */
    private static final List<String> UNITS = List.of("day", "week", "month", "year", "hour", "per", "time");

    /**
     * Whether the text holds a word WORDS needs after a number word, ignoring case; a text that does
     * not has no number word to rewrite.
     */
    private static boolean namesAUnit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c != 'd' && c != 'w' && c != 'm' && c != 'y' && c != 'h' && c != 'p' && c != 't') continue;
            for (String u : UNITS) if (text.regionMatches(true, i, u, 0, u.length())) return true;
        }
        return false;
    }

    /**
     * Where an amount could begin, at or after {@code from}: the next digit, less the spaces and
     * currency that may come before it; -1 for no digit. No match of NUMBER begins earlier, since
     * all it holds before its digits is a currency and spaces.
     */
    private static int searchFrom(String text, int from) {
        int d = from;
        while (d < text.length() && (text.charAt(d) < '0' || text.charAt(d) > '9')) d++;
        if (d == text.length()) return -1;
        int s = d;
        while (s > from && Character.isWhitespace(text.charAt(s - 1))) s--;
        return Math.max(from, s - CURRENCY_CHARS);
    }

    /** Same value in the same unit (a bare number meets any unit). */
    public boolean same(Amount o) {
        return value.compareTo(o.value) == 0 && (unit == o.unit || unit == Unit.NONE || o.unit == Unit.NONE);
    }

    /** Comparable: the same unit, so that a different value is a different answer. */
    public boolean comparable(Amount o) {
        return unit == o.unit && unit != Unit.NONE;
    }
}
