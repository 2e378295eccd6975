package dev.terms.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void textWhoseWordsNormalisingLeavesAloneIsKnownWithoutTheNormaliser() {
        StringBuilder stable = new StringBuilder(Text.STABLE);
        for (char c = '\u00C0'; c <= '\u00FF'; c++) stable.append(c);
        for (char c : stable.toString().toCharArray()) {
            String one = String.valueOf(c);
            assertTrue(Text.wordsNfkcStable(one), one);
            assertEquals(one, Normalizer.normalize(one, Normalizer.Form.NFKC), "U+" + Integer.toHexString(c));
        }
        for (char c : Text.BETWEEN_WORDS.toCharArray()) {
            assertTrue(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).matches("[ .]+"), "U+" + Integer.toHexString(c));
        }
        for (String contract : List.of("Microsoft–OpenAI’s “core” § 4.2 — Société Générale", "the AGI\u00A0panel … declares",
                "Microsoft…OpenAI", "● revenue share ■")) {
            assertTrue(Text.wordsNfkcStable(contract), contract);
            assertEquals(Text.tokens(Normalizer.normalize(contract, Normalizer.Form.NFKC)), Text.tokens(contract), contract);
        }
        // what NFKC changes within words still goes through it: a ligature, a combining accent, a superscript
        for (String changed : List.of("\uFB01le", "cafe\u0301", "m\u00B2")) {
            assertFalse(Text.wordsNfkcStable(changed), changed);
            assertEquals(Text.tokens(Normalizer.normalize(changed, Normalizer.Form.NFKC)), Text.tokens(changed), changed);
        }
    }

    @Test
    void plainAsciiTakesTheFastPathAndGivesWhatTheGeneralPathGives() {
        for (String s : List.of("Right of First Refusal", "c0-revenue-share", "Azure API exclusivity (2019-2025)",
                "  spaces\tand\nnewlines  ", "ROFR", "trained, training; trains!", "", "x", "99 bottles")) {
            assertEquals(Text.normalisedTokens(s), Text.plainTokens(s), s);
        }
        Random random = new Random(7);
        String alphabet = "abcXYZ019 -_.,;:()/&é'`’";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            List<Text.Token> plain = Text.plainTokens(s);
            if (plain != null) assertEquals(Text.normalisedTokens(s), plain, s);
            assertEquals(Text.normalisedTokens(s), Text.tokens(s), s);
        }
    }

    @Test
    void apostrophesAccentsAndCannotTakeTheGeneralPath() {
        for (String s : List.of("OpenAI's models", "can't", "Cannot assign", "café", "it`s", "Microsoft’s")) {
            assertNull(Text.plainTokens(s), s);
        }
        assertEquals(List.of("can", "not", "assign"), Text.tokens("Cannot assign").stream().map(Text.Token::word).toList());
    }
}
