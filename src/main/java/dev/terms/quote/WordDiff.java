package dev.terms.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of the text against a quotation's words, as {@code git diff --word-diff} marks
 * them: {@code [-words of the text-]} the quotation lacks, {@code {+words of the quotation+}}
 * the text lacks, the shared words plain.
 */
final class WordDiff {

    private WordDiff() {}

    static String marked(List<SourceText.Word> text, List<SourceText.Word> quote) {
        int n = text.size(), m = quote.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = text.get(i).text().equals(quote.get(j).text()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        List<String> removed = new ArrayList<>(), added = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && text.get(i).text().equals(quote.get(j).text())) {
                flush(out, removed, added);
                out.add(text.get(i).text());
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(quote.get(j++).text());
            } else {
                removed.add(text.get(i++).text());
            }
        }
        flush(out, removed, added);
        return String.join(" ", out);
    }

    private static void flush(List<String> out, List<String> removed, List<String> added) {
        if (!removed.isEmpty()) out.add("[-" + String.join(" ", removed) + "-]");
        if (!added.isEmpty()) out.add("{+" + String.join(" ", added) + "+}");
        removed.clear();
        added.clear();
    }
}
