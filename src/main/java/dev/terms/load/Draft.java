package dev.terms.load;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Definition;
import dev.terms.model.Event;
import dev.terms.model.Location;
import dev.terms.model.Party;
import dev.terms.model.Renewal;
import dev.terms.model.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the decoder made of one file, as far as its structure allowed: every part that decoded,
 * the ids it declares (a party whose fields are broken is still a party others may name), and
 * where each clause's references are written, so that the reference checks can run on a file
 * whose structure is broken and point at the field. Positions are packed (line &lt;&lt; 32 |
 * column; 0 when the field is absent), four longs a clause rather than a map of located nodes.
 *
 * @param partyIds the parties declared; null when the parties section cannot say (then no
 *     party reference is checked: every one would be reported)
 * @param eventIds the same for events
 * @param structural whether the structure had errors (the agreement is then not usable)
 * @param clean for each clause, whether it decoded without an error of its own
 */
record Draft(
        String file,
        String id,
        String title,
        List<String> aliases,
        LocalDate effective,
        List<Bound> until,
        long untilAt,
        Renewal renewal,
        long[] renewalAt,
        List<Source> sources,
        String note,
        Map<String, Party> parties,
        Map<String, Definition> definitions,
        Map<String, Event> events,
        Set<String> partyIds,
        Set<String> eventIds,
        List<Clause> clauses,
        long[] referencesAt,
        boolean[] clean,
        Location location,
        boolean structural) {

    static final int PARTY = 0, COUNTERPARTY = 1, EFFECTIVE = 2, UNTIL = 3, SUPERSEDES = 4, DUE = 5, FIELDS = 6;
    /** Where the renewal's own references are written, in {@code renewalAt}: the key, by, unless. */
    static final int RENEWAL_KEY = 0, RENEWAL_BY = 1, RENEWAL_UNLESS = 2;

    static long pack(int line, int column) {
        return (long) line << 32 | column;
    }

    Location at(long packed) {
        return new Location(file, (int) (packed >>> 32), (int) packed);
    }

    /** Where clause {@code i}'s reference field {@code field} is written. */
    Location at(int clause, int field) {
        return at(packedAt(clause, field));
    }

    /** As {@link #at(int, int)}, still packed: made a location only for an error. */
    long packedAt(int clause, int field) {
        return referencesAt[clause * FIELDS + field];
    }

    /** The agreement, once the file is known to be valid. */
    Agreement agreement() {
        return new Agreement(id, title, aliases, effective, until, renewal, sources, note, parties, definitions, events,
                clauses, location);
    }

    /**
     * The agreement as far as it decoded, for checking a file with errors: only the clauses
     * that decoded whole; null when the agreement itself lacks its id or title.
     */
    Agreement partial() {
        if (id == null || title == null) return null;
        List<Clause> whole = new java.util.ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) if (clean[i]) whole.add(clauses.get(i));
        return new Agreement(id, title, aliases, effective, until, renewal, sources, note, parties, definitions, events,
                whole, location);
    }
}
