package dev.terms.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a party holds and owes at a date: its own rights and permissions, plus the duties others
 * owe it; its own duties, plus the rights of others it must respect; and statements about it.
 */
public record Positions(List<Entry> holds, List<Entry> owes, List<Entry> statements) {

    /** One clause in a party's position; {@code counterparty}: it is there as the counterparty. */
    public record Entry(Clause clause, boolean counterparty, Status status) {}

    public static Positions of(Timeline timeline, String party, LocalDate day, boolean all) {
        List<Entry> holds = new ArrayList<>(), owes = new ArrayList<>(), statements = new ArrayList<>();
        for (Clause c : timeline.naming(party)) {
            Status s = timeline.status(c, day);
            if (!all && !s.inForce()) continue;
            boolean isParty = c.party().contains(party); // else the counterparty: naming() holds only those
            Entry e = new Entry(c, !isParty, s);
            switch (c.modality()) {
                case RIGHT, PERMISSION -> (isParty ? holds : owes).add(e);
                case OBLIGATION, PROHIBITION -> (isParty ? owes : holds).add(e);
                case STATEMENT -> statements.add(e);
            }
            // each party towards each other: a party of a mutual duty is also owed it, and respects the others' right
            if (isParty && c.reciprocal() && c.modality() != Modality.STATEMENT) {
                Entry other = new Entry(c, true, s);
                if (c.modality() == Modality.RIGHT || c.modality() == Modality.PERMISSION) owes.add(other);
                else holds.add(other);
            }
        }
        return new Positions(List.copyOf(holds), List.copyOf(owes), List.copyOf(statements));
    }

    public static List<String> ids(List<Entry> entries) {
        return entries.stream().map(e -> e.clause().id()).toList();
    }
}
