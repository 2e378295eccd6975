package dev.terms.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {

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
