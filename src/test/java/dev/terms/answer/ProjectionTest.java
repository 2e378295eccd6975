package dev.terms.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every projection is the one some kind of question asks for: none is left unreachable by the engine's dispatch. */
class ProjectionTest {

    @Test
    void everyProjectionAnswersSomeKindOfQuestion() {
        Engine engine = new Engine(Projecting.CORPUS);
        Set<Class<?>> reached = Stream.of("Who must host the customer data?", "Where must Globex host the customer data?",
                        "How much is the hosting fee?", "When is the hosting fee due?", "How long does the launch credit last?",
                        "How often must Globex deliver an uptime report?", "What must Globex do?")
                .map(q -> engine.projection(Projecting.question(q)).getClass()).collect(Collectors.toSet());
        assertEquals(Set.of(Projection.class.getPermittedSubclasses()), reached);
    }
}
