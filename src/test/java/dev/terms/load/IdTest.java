package dev.terms.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoder reads ids by hand: it must take exactly what the id pattern of the format takes. */
class IdTest {

    @Test
    void isIdAgreesWithThePattern() {
        Random random = new Random(13);
        String alphabet = "ab9-Z_ é";
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(Decoder.ID.matcher(s).matches(), Decoder.isId(s), "'" + s + "'");
        }
        for (String s : new String[] {"rofr-new-capacity", "a", "0", "-a", "a-", "a--b", "", "A", "a b"}) {
            assertEquals(Decoder.ID.matcher(s).matches(), Decoder.isId(s), "'" + s + "'");
        }
    }
}
