package dev.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.terms.answer.Value;
import dev.terms.change.Milestone;
import dev.terms.model.Bound;
import dev.terms.model.Definition;
import dev.terms.model.Due;
import dev.terms.model.Duration;
import dev.terms.model.Event;
import dev.terms.model.Location;
import dev.terms.model.Named;
import dev.terms.model.Party;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each closed set is dispatched by one method per operation ending in {@code throw new
 * AssertionError}. A sample of every permitted subclass goes through it, so a new case that
 * the dispatch forgot fails here rather than in front of a user.
 */
public class SealedTypesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 21);

    public static <T> void everyCaseIsHandled(Class<T> sealed, List<? extends T> samples, Function<T, ?> dispatch) {
        Set<Class<?>> permitted = Set.of(sealed.getPermittedSubclasses());
        assertEquals(permitted, samples.stream().map(Object::getClass).collect(Collectors.toSet()),
                "one sample of each permitted subclass of " + sealed.getSimpleName());
        for (T sample : samples) assertNotNull(dispatch.apply(sample));
    }

    private static final List<Bound> BOUNDS = List.of(new Bound.OnDate(DAY), new Bound.OnEvent("launch"),
            new Bound.Relative(new Duration(3, Duration.Unit.YEAR), false, new Bound.OnEvent("launch")), new Bound.Start(),
            new Bound.End());

    @Test
    void bounds() {
        everyCaseIsHandled(Bound.class, BOUNDS, Bound::text);
        assertEquals("3 years after launch", Bound.text(BOUNDS.get(2)));
    }

    @Test
    void boundsAreDatedOnATimeline() throws Exception {
        Timeline t = new Timeline(new dev.terms.load.TermsLoader().load(
                Run.ROOT.resolve("tests/acceptance/agreements/software-licence.yaml"), "software-licence.yaml"));
        everyCaseIsHandled(Bound.class, BOUNDS, b -> String.valueOf(t.dateOf(b, DAY)));
    }

    @Test
    void boundsNameTheirEvent() {
        everyCaseIsHandled(Bound.class, BOUNDS, b -> String.valueOf(Bound.event(b)));
    }

    @Test
    void dues() {
        List<Due> dues = List.of(new Due.By(new Bound.OnEvent("notice")), new Due.DayOfPeriod(10),
                new Due.AfterEachPeriod(new Duration(10, Duration.Unit.BUSINESS_DAY)));
        everyCaseIsHandled(Due.class, dues, Due::text);
        Duration month = new Duration(1, Duration.Unit.MONTH);
        everyCaseIsHandled(Due.class, dues, d -> Due.words(d, month));
        assertEquals("by the 10th day of each month", Due.words(dues.get(1), month));
    }

    @Test
    void endings() {
        everyCaseIsHandled(Status.End.class, List.of(new Status.Until(DAY, null), new Status.SupersededBy(DAY, "x"),
                new Status.AgreementEnds(DAY, "termination")), Timeline::lastDay);
    }

    @Test
    void answerValues() {
        everyCaseIsHandled(Value.class, List.of(new Value.Party("p"), new Value.Definition("d"), new Value.Event("e"),
                new Value.Clause("c"), new Value.Agreement("a"), new Value.Date(DAY), new Value.Text("t"), new Value.YesNo(true)),
                v -> new dev.terms.answer.Answer(v, "", null, null, null, "").jsonValue());
    }

    @Test
    void namedThings() {
        Location at = new Location("t.yaml", 1, 1);
        List<Named> named = List.of(new Party("acme", "Acme", List.of(), null, null, at),
                new Definition("services", "the Services", List.of(), null, null, null, at),
                new Event("launch", "Launch", List.of(), null, null, at));
        everyCaseIsHandled(Named.class, named, Named::word);
        assertEquals(List.of("party 'acme'", "definition 'services'", "event 'launch'"),
                named.stream().map(Named::named).toList());
    }

    @Test
    void milestones() {
        List<Milestone> milestones = List.of(new Milestone.OfClause(DAY, Milestone.Change.STARTS, "c", null, "a", "C"),
                new Milestone.OfEvent(DAY, "launch", "a", "Launch"), new Milestone.OfRenewal(DAY, "a", "A", DAY, null));
        everyCaseIsHandled(Milestone.class, milestones, Milestone::kind);
        everyCaseIsHandled(Milestone.class, milestones, Milestone::about);
        everyCaseIsHandled(Milestone.class, milestones, Milestone::order);
        assertEquals(List.of("starts", "event", "renews"), milestones.stream().map(Milestone::kind).toList());
    }
}
