package dev.terms.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TapeTest {

    @Test
    void everyNodeKindIsDescribed() {
        Tape t = new Tape("f");
        int map = t.open(Tape.MAPPING, 1, 1);
        int key = t.scalar("k", true, 2, 3);
        int seq = t.open(Tape.SEQUENCE, 2, 6);
        int text = t.scalar("x", false, 2, 7);
        int nothing = t.scalar("~", true, 2, 10);
        t.close(seq);
        t.close(map);
        assertEquals(List.of("a mapping", "a scalar", "a list", "a scalar", "nothing (null)"),
                List.of(t.describe(map), t.describe(key), t.describe(seq), t.describe(text), t.describe(nothing)));
        assertEquals(2, t.count(seq));
        assertEquals(t.size(), t.end(map));
    }

    @Test
    void aCopyIsTheSameSubtreeWithItsLocations() {
        Tape t = new Tape("f");
        int seq = t.open(Tape.SEQUENCE, 3, 4);
        t.scalar("a", true, 3, 5);
        int inner = t.open(Tape.MAPPING, 4, 5);
        t.scalar("b", true, 4, 7);
        t.scalar("c", false, 4, 10);
        t.close(inner);
        t.close(seq);
        int copy = t.copy(seq);
        assertEquals(t.size(), t.end(copy));
        assertEquals(3, t.line(copy));
        assertEquals(copy + 2 + 3, t.end(copy + 2));
        assertEquals("c", t.text(copy + 4));
        assertEquals(new dev.terms.model.Location("f", 4, 10), t.location(copy + 4));
    }
}
