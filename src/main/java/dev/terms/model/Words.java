package dev.terms.model;

import java.util.Collection;

/** Did-you-mean: the nearest known word by edit distance. */
public final class Words {

    private Words() {}

    /** Suggestions are made for words up to this long: beyond it a typo is unlikely, and distance costly. */
    public static final int MAX_SUGGESTED_LENGTH = 64;

    /**
     * The candidate nearest to {@code word}, or null when none is close enough to be a likely typo.
     * Only short words get a suggestion, and only candidates of about their length are measured,
     * with a distance bounded by what would count as a typo: the cost is at most a few hundred
     * steps a candidate, whatever the strings hold.
     */
    public static String nearest(String word, Collection<String> candidates) {
        if (word.length() > MAX_SUGGESTED_LENGTH) return null;
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        String lower = word.toLowerCase();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (Math.abs(c.length() - word.length()) > allowed) continue;
            int d = distanceAtMost(lower, c.toLowerCase(), allowed);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /**
     * Whether {@link #distance} of the two is exactly 1 (one letter changed, added, dropped, or two
     * neighbours swapped), found in one pass without allocating: typo correction asks it of every
     * known word of about the length, which on a large file is some 100,000 words a question.
     */
    public static boolean oneEditApart(String a, String b) {
        int n = a.length(), m = b.length();
        if (n == m) {
            int i = 0;
            while (i < n && a.charAt(i) == b.charAt(i)) i++;
            if (i == n) return false; // equal
            if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) return true; // one changed
            return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2); // two swapped
        }
        if (n == m + 1) return oneDropped(a, b);
        if (m == n + 1) return oneDropped(b, a);
        return false;
    }

    /** Whether {@code shorter} is {@code longer} with one character left out. */
    private static boolean oneDropped(String longer, String shorter) {
        int i = 0, m = shorter.length();
        while (i < m && longer.charAt(i) == shorter.charAt(i)) i++;
        return longer.regionMatches(i + 1, shorter, i, m - i);
    }

    /**
     * {@link #distance}, when it is at most {@code k}; otherwise some number above {@code k}. Only
     * the diagonal band of width 2k+1 is computed, in three rows: time (length × k), memory a row.
     */
    public static int distanceAtMost(String a, String b, int k) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > k) return k + 1;
        int over = k + 1;
        int[] before = new int[m + 1], previous = new int[m + 1], row = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j <= k ? j : over;
        for (int i = 1; i <= n; i++) {
            java.util.Arrays.fill(row, over);
            if (i <= k) row[0] = i;
            int from = Math.max(1, i - k), to = Math.min(m, i + k);
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                row[j] = Math.min(d, over);
            }
            int[] t = before;
            before = previous;
            previous = row;
            row = t;
        }
        return Math.min(previous[m], over);
    }

    /**
     * Damerau–Levenshtein distance (optimal string alignment): a swap of two letters counts as one
     * edit. Three rows, not the whole matrix: memory linear in the length of {@code b}.
     */
    public static int distance(String a, String b) {
        int n = a.length(), m = b.length();
        int[] before = new int[m + 1], previous = new int[m + 1], row = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++) {
            row[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], before[j - 2] + 1);
                }
            }
            int[] t = before;
            before = previous;
            previous = row;
            row = t;
        }
        return previous[m];
    }
}
