package dev.terms.model;

/**
 * When a duty must be done (format 1.1): by a point in time ("within 30 days after notice"), or,
 * for a duty that recurs ({@code every}), by a day of each period ("by the 10th of each month") or
 * within a time after each period ends ("within 10 business days after each quarter").
 */
public sealed interface Due permits Due.By, Due.DayOfPeriod, Due.AfterEachPeriod {

    record By(Bound when) implements Due {}

    record DayOfPeriod(int day) implements Due {
        public DayOfPeriod {
            if (day < 1 || day > 31) throw new IllegalArgumentException("a day of a period is 1 to 31: " + day);
        }
    }

    record AfterEachPeriod(Duration within) implements Due {}

    /** As a terms file writes it. */
    static String text(Due d) {
        if (d instanceof By b) return Bound.text(b.when());
        if (d instanceof DayOfPeriod p) return "day " + p.day();
        if (d instanceof AfterEachPeriod a) return a.within().text() + " after each period";
        throw new AssertionError(d);
    }

    /** In words, for answers: "by the 10th day of each month". */
    static String words(Due d, Duration every) {
        String period = every == null ? "period" : every.count() == 1 ? every.unit().word() : every.text();
        if (d instanceof By b) return "by " + Bound.text(b.when());
        if (d instanceof DayOfPeriod p) return "by the " + ordinal(p.day()) + " day of each " + period;
        if (d instanceof AfterEachPeriod a) return "within " + a.within().text() + " after each " + period;
        throw new AssertionError(d);
    }

    static String ordinal(int n) {
        int t = n % 100;
        String s = t >= 11 && t <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + s;
    }
}
