package dev.terms.load;

import dev.terms.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class YNodeTest {

    @Test
    void everyNodeKindIsDescribed() {
        Location at = new Location("f", 1, 1);
        dev.terms.SealedTypesTest.everyCaseIsHandled(YNode.class, List.of(new YNode.Scalar("x", true, at),
                new YNode.Mapping(List.of(), at), new YNode.Sequence(List.of(), at)), YNode::describe);
    }
}
