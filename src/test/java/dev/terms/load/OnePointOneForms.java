package dev.terms.load;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Due;
import dev.terms.model.Duration;
import dev.terms.model.Duration.Unit;
import dev.terms.model.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Each form format 1.1 adds (docs/format.md, "Time and money"), written as a lawyer would write it
 * in one small file, with the value the loader must make of it. LoaderTest loads each and compares
 * the value; SchemaTest validates each; both refuse each one in a file that says version 1.
 */
final class OnePointOneForms {

    private OnePointOneForms() {}

    /** {@code agreement} and {@code clause}: YAML lines added to the agreement and to clause c. */
    record Form(String name, String agreement, String clause, Function<Agreement, Object> read, Object value) {

        /** The whole file, saying {@code version}. */
        String file(String version) {
            return "version: " + version + "\n"
                    + "agreement:\n  id: forms\n  title: Forms\n  effective: 2024-01-01\n"
                    + (agreement.contains("until:") ? "" : "  until: 2026-12-31\n") + agreement
                    + "parties: {a: {name: A}, b: {name: B}}\n"
                    + "events:\n  termination: {name: termination}\n  non-renewal-notice: {name: notice of non-renewal}\n"
                    + "clauses:\n  - id: c\n    title: The form\n    kind: payment\n    modality: obligation\n"
                    + (clause.contains("mutual:") ? "" : "    party: a\n") + clause;
        }
    }

    private static Form clause(String name, String yaml, Function<Clause, Object> read, Object value) {
        return new Form(name, "", yaml, a -> read.apply(a.clause("c")), value);
    }

    private static Duration d(int count, Unit unit) {
        return new Duration(count, unit);
    }

    static final List<Form> ALL = List.of(
            clause("a duration in words", "    notice: 30 days\n", Clause::notice, d(30, Unit.DAY)),
            clause("a duration in business days", "    notice: 10 business days\n", Clause::notice, d(10, Unit.BUSINESS_DAY)),
            clause("a duration in ISO 8601", "    notice: P6M\n", Clause::notice, d(6, Unit.MONTH)),
            clause("an end after an event", "    until: 3 years after termination\n", c -> c.until(),
                    List.of(new Bound.Relative(d(3, Unit.YEAR), false, new Bound.OnEvent("termination")))),
            clause("a start after the agreement's start", "    effective: 18 months after start\n", Clause::effective,
                    new Bound.Relative(d(18, Unit.MONTH), false, new Bound.Start())),
            clause("an end before the agreement's end", "    until: 90 days before end\n", c -> c.until(),
                    List.of(new Bound.Relative(d(90, Unit.DAY), true, new Bound.End()))),
            clause("an end after a date", "    until: 2 quarters after 2025-01-01\n", c -> c.until(),
                    List.of(new Bound.Relative(d(2, Unit.QUARTER), false, new Bound.OnDate(LocalDate.of(2025, 1, 1))))),
            clause("a recurrence as an adjective", "    every: monthly\n", Clause::every, d(1, Unit.MONTH)),
            clause("a recurrence as a length", "    every: 2 years\n", Clause::every, d(2, Unit.YEAR)),
            clause("a deadline on a day of each period", "    every: month\n    due: day 10\n", Clause::due, new Due.DayOfPeriod(10)),
            clause("a deadline as an ordinal", "    every: month\n    due: 10th\n", Clause::due, new Due.DayOfPeriod(10)),
            clause("a deadline after each period", "    every: quarter\n    due: 10 business days after each period\n",
                    Clause::due, new Due.AfterEachPeriod(d(10, Unit.BUSINESS_DAY))),
            clause("a deadline within a time after an event", "    due: within 15 days after termination\n", Clause::due,
                    new Due.By(new Bound.Relative(d(15, Unit.DAY), false, new Bound.OnEvent("termination")))),
            clause("money", "    amount: {value: '1,000,000', currency: $}\n", Clause::quantity,
                    new Quantity(new BigDecimal("1000000"), "USD", null, null)),
            clause("money per unit", "    amount: {value: 150, currency: USD, per: hour}\n", Clause::quantity,
                    new Quantity(new BigDecimal("150"), "USD", "hour", null)),
            clause("a percentage per period", "    amount: {percent: 99.5, per: month}\n", Clause::quantity,
                    new Quantity(new BigDecimal("99.5"), Quantity.PERCENT, "month", null)),
            clause("a multiple of something", "    amount: {times: 3, of: fees}\n", Clause::quantity,
                    new Quantity(new BigDecimal("3"), Quantity.TIMES, null, "fees")),
            clause("a count of something", "    amount: {value: 12, unit: months, of: fees}\n", Clause::quantity,
                    new Quantity(new BigDecimal("12"), "months", null, "fees")),
            clause("a mutual duty", "    party: [a, b]\n    mutual: true\n", c -> c.mutual() && c.counterpartiesOf("a").equals(List.of("b")),
                    true),
            new Form("the agreement's aliases", "  aliases: [the NDA, this MNDA]\n", "", Agreement::aliases,
                    List.of("the NDA", "this MNDA")),
            new Form("the agreement's end after its start", "  until: 2 years after start\n", "", a -> a.until(),
                    List.of(new Bound.Relative(d(2, Unit.YEAR), false, new Bound.Start()))),
            new Form("an automatic renewal with notice",
                    "  renewal: {automatic: true, term: 1 year, times: 2, notice: 90 days, by: a, unless: non-renewal-notice}\n", "",
                    a -> List.of(a.renewal().automatic(), a.renewal().term(), a.renewal().times(), a.renewal().notice(),
                            a.renewal().by(), a.renewal().unless()),
                    List.of(true, d(1, Unit.YEAR), 2, d(90, Unit.DAY), List.of("a"), "non-renewal-notice")));
}
