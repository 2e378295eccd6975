package dev.terms.change;

import java.util.List;

/** What one party gained and lost between two views: rights and duties, by clause id. */
public record PartyDelta(String party, String agreement, List<String> gainedHolds, List<String> lostHolds,
        List<String> gainedOwes, List<String> lostOwes) {

    public boolean isEmpty() {
        return gainedHolds.isEmpty() && lostHolds.isEmpty() && gainedOwes.isEmpty() && lostOwes.isEmpty();
    }

    static PartyDelta between(String party, String agreement, List<String> holdsBefore, List<String> holdsAfter,
            List<String> owesBefore, List<String> owesAfter) {
        return new PartyDelta(party, agreement, minus(holdsAfter, holdsBefore), minus(holdsBefore, holdsAfter),
                minus(owesAfter, owesBefore), minus(owesBefore, owesAfter));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}
