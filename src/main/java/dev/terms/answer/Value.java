package dev.terms.answer;

import java.time.LocalDate;

/** What an answer gives: a party, definition, event or clause by id, a date, the file's own text, or yes/no. */
public sealed interface Value permits Value.Party, Value.Definition, Value.Event, Value.Clause, Value.Agreement,
        Value.Date, Value.Text, Value.YesNo {

    record Party(String id) implements Value {}

    record Definition(String id) implements Value {}

    record Event(String id) implements Value {}

    record Clause(String id) implements Value {}

    record Agreement(String id) implements Value {}

    record Date(LocalDate date) implements Value {}

    record Text(String text) implements Value {}

    record YesNo(boolean yes) implements Value {}

    /** The JSON value: an id, a YYYY-MM-DD date or text as a string; yes/no as a boolean. */
    static Object json(Value v) {
        if (v instanceof Party p) return p.id();
        if (v instanceof Definition d) return d.id();
        if (v instanceof Event e) return e.id();
        if (v instanceof Clause c) return c.id();
        if (v instanceof Agreement a) return a.id();
        if (v instanceof Date d) return d.date().toString();
        if (v instanceof Text t) return t.text();
        if (v instanceof YesNo y) return y.yes();
        throw new AssertionError(v);
    }
}
