package dev.terms.model;

import java.math.BigDecimal;

/**
 * An amount as a value (format 1.1), so that "is the cap more than $1M?" and "99.99%?" are
 * answered from numbers, not words: a number in a unit — a currency code (USD), "%" for a
 * percentage, "x" for a multiple, or a counted noun (months, shares) — optionally per something
 * (per hour, per month) and of something (of gross receipts, of fees).
 */
public record Quantity(BigDecimal number, String unit, String per, String of) {

    public static final String PERCENT = "%";
    public static final String TIMES = "x";

    public boolean money() {
        return unit != null && unit.matches("[A-Z]{3}");
    }

    /** As people write it: "USD 150 per hour", "8% of gross receipts", "3x fees", "12 months of fees". */
    public String text() {
        String n = number.stripTrailingZeros().toPlainString();
        // written as contracts write them: "USD 4,000", "30,000 lbs" (a whole number of four digits or more)
        if (number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(1_000)) >= 0)
            n = String.format(java.util.Locale.ROOT, "%,d", number.toBigInteger());
        String s;
        if (unit == null) s = n;
        else if (unit.equals(PERCENT)) s = n + "%";
        else if (unit.equals(TIMES)) s = n + "x";
        else if (money()) s = unit + " " + n;
        else s = n + " " + unit;
        if (per != null) s += " per " + per;
        if (of != null) s += (TIMES.equals(unit) ? " " : " of ") + of;
        return s;
    }
}
