package dev.terms.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One terms file: the agreement, its parties, definitions, events and clauses, in file order.
 * {@code aliases} (what people call it: "the NDA") and {@code renewal} are format 1.1: empty and
 * null in a version 1 file.
 */
public record Agreement(
        String id,
        String title,
        List<String> aliases,
        LocalDate effective,
        List<Bound> until,
        Renewal renewal,
        List<Source> sources,
        String note,
        Map<String, Party> parties,
        Map<String, Definition> definitions,
        Map<String, Event> events,
        List<Clause> clauses,
        Location location) {

    public Agreement {
        clauses = ClauseList.of(clauses);
    }

    public Clause clause(String id) {
        return ((ClauseList) clauses).byId(id);
    }

    /** A party, definition or event by id: they share one namespace. */
    public Named named(String id) {
        if (parties.containsKey(id)) return parties.get(id);
        if (definitions.containsKey(id)) return definitions.get(id);
        return events.get(id);
    }

    /** The human name of an id, or the text itself when it is free text. */
    public String label(String idOrText) {
        Named n = named(idOrText);
        if (n != null) return n.name();
        Clause c = clause(idOrText);
        return c != null ? c.title() : idOrText;
    }
}
