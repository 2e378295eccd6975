package dev.terms.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time as contracts state it: "30 days", "10 business days", "24 months", "P2Y".
 * Business days skip Saturdays and Sundays (the format knows no holidays); a month or a year
 * added to the 31st lands on the last day of a shorter month, as {@link LocalDate} does.
 */
public record Duration(int count, Unit unit) {

    public enum Unit {
        DAY("day"), BUSINESS_DAY("business day"), WEEK("week"), MONTH("month"), QUARTER("quarter"), YEAR("year");

        private final String word;

        Unit(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final Pattern PLAIN = Pattern.compile(
            "(\\d{1,4})\\s+(business day|calendar day|day|week|month|quarter|year)s?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("P(\\d{1,4})([DWMY])");

    public Duration {
        if (count < 0) throw new IllegalArgumentException("a duration is not negative: " + count);
    }

    /** "30 days", "1 business day", "P2Y", or null when the text is none of the forms. */
    public static Duration parse(String text) {
        String t = text.trim();
        Matcher m = PLAIN.matcher(t);
        if (m.matches()) {
            String u = m.group(2).toLowerCase(Locale.ROOT);
            Unit unit = switch (u) {
                case "business day" -> Unit.BUSINESS_DAY;
                case "day", "calendar day" -> Unit.DAY;
                case "week" -> Unit.WEEK;
                case "month" -> Unit.MONTH;
                case "quarter" -> Unit.QUARTER;
                case "year" -> Unit.YEAR;
                default -> throw new AssertionError(u);
            };
            return new Duration(Integer.parseInt(m.group(1)), unit);
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            Unit unit = switch (m.group(2)) {
                case "D" -> Unit.DAY;
                case "W" -> Unit.WEEK;
                case "M" -> Unit.MONTH;
                case "Y" -> Unit.YEAR;
                default -> throw new AssertionError(m.group(2));
            };
            return new Duration(Integer.parseInt(m.group(1)), unit);
        }
        return null;
    }

    /** The date this long after {@code day}. */
    public LocalDate after(LocalDate day) {
        return switch (unit) {
            case DAY -> day.plusDays(count);
            case BUSINESS_DAY -> businessDays(day, count);
            case WEEK -> day.plusWeeks(count);
            case MONTH -> day.plusMonths(count);
            case QUARTER -> day.plusMonths(3L * count);
            case YEAR -> day.plusYears(count);
        };
    }

    /** The date this long before {@code day}. */
    public LocalDate before(LocalDate day) {
        return switch (unit) {
            case DAY -> day.minusDays(count);
            case BUSINESS_DAY -> businessDays(day, -count);
            case WEEK -> day.minusWeeks(count);
            case MONTH -> day.minusMonths(count);
            case QUARTER -> day.minusMonths(3L * count);
            case YEAR -> day.minusYears(count);
        };
    }

    private static LocalDate businessDays(LocalDate day, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate d = day;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) left--;
        }
        return d;
    }

    /** Roughly how many days: to compare durations of different units ("at least 60 days" against "3 months"). */
    public double days() {
        return switch (unit) {
            case DAY -> count;
            case BUSINESS_DAY -> count * 7.0 / 5;
            case WEEK -> 7.0 * count;
            case MONTH -> 30.44 * count;
            case QUARTER -> 91.31 * count;
            case YEAR -> 365.25 * count;
        };
    }

    /** As a terms file writes it: "30 days", "1 year". */
    public String text() {
        return count + " " + unit.word() + (count == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return text();
    }
}
