package dev.terms.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.model.Words;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Did-you-mean: the bounded distance agrees with the full one, and long words cost nothing. */
class WordsTest {

    @Test
    void theBoundedDistanceAgreesWithTheFullOneUpToItsBound() {
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random), b = random.nextInt(3) == 0 ? a : mutate(a, random);
            int full = Words.distance(a, b);
            for (int k = 0; k <= 4; k++) {
                int bounded = Words.distanceAtMost(a, b, k);
                if (full <= k) assertEquals(full, bounded, a + " / " + b + " k=" + k);
                else assertTrue(bounded > k, a + " / " + b + " k=" + k + ": " + bounded);
            }
        }
    }

    @Test
    void theDistanceInThreeRowsIsTheDistanceOfTheWholeMatrix() {
        Random random = new Random(26);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random), b = mutate(word(random) + a, random);
            assertEquals(matrix(a, b), Words.distance(a, b), a + " / " + b);
        }
    }

    @Test
    void oneEditApartIsADistanceOfOne() {
        Random random = new Random(37);
        for (int n = 0; n < 50_000; n++) {
            String a = word(random), b = random.nextInt(5) == 0 ? a : random.nextBoolean() ? mutate(a, random)
                    : mutate(mutate(a, random), random);
            assertEquals(Words.distance(a, b) == 1, Words.oneEditApart(a, b), a + " / " + b);
            assertEquals(Words.distance(b, a) == 1, Words.oneEditApart(b, a), b + " / " + a);
        }
        assertTrue(Words.oneEditApart("shares", "share"));
        assertTrue(Words.oneEditApart("hlods", "holds"));
        assertTrue(Words.oneEditApart("hold", "hols"));
        assertTrue(!Words.oneEditApart("hold", "hold") && !Words.oneEditApart("ab", "ba c"));
    }

    /** The optimal string alignment distance as it was computed before: the whole matrix. */
    private static int matrix(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void suggestionsAreForShortWordsOnly() {
        assertEquals("acme-corp", Words.nearest("acme-crop", List.of("globex", "acme-corp")));
        String longWord = "a".repeat(Words.MAX_SUGGESTED_LENGTH);
        assertEquals(longWord, Words.nearest(longWord + "", List.of(longWord.substring(1) + "b", longWord)));
        assertNull(Words.nearest(longWord + "b", List.of(longWord + "c")), "one past the limit: no suggestion");
    }

    @Test
    void aVeryLongWordCostsLinearMemory() {
        String a = "a".repeat(45_000), b = "b".repeat(45_000);
        assertNull(Words.nearest(a, List.of(b)));
        assertEquals(2, Words.distanceAtMost(a, b, 1));
    }

    private static String word(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(9); i > 0; i--) b.append((char) ('a' + r.nextInt(4)));
        return b.toString();
    }

    private static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        for (int i = r.nextInt(4); i > 0; i--) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (r.nextInt(4)) {
                case 0 -> b.insert(at, (char) ('a' + r.nextInt(4)));
                case 1 -> { if (b.length() > 0) b.deleteCharAt(at); }
                case 2 -> { if (b.length() > 0) b.setCharAt(at, (char) ('a' + r.nextInt(4))); }
                default -> {
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }
}
