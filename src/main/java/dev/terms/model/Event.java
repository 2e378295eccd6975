package dev.terms.model;

import java.time.LocalDate;
import java.util.List;

/** Something that may happen; {@code date} is null while it has not happened as far as the file knows. */
public record Event(String id, String name, List<String> aliases, LocalDate date, String note, Location location)
        implements Named {

    public boolean happenedBy(LocalDate day) {
        return date != null && !date.isAfter(day);
    }
}
