package dev.terms.model;

import java.util.List;

/**
 * One clause as a structured rule. Optional fields are null (scalars) or empty (lists) when the
 * file does not give them; {@code exclusive} and {@code survives} are null when not stated;
 * {@code polarity} is {@code positive} unless the file says {@code negative}. Format 1.1 adds
 * {@code every} (how often it recurs), {@code due} (by when), {@code notice} (how much notice it
 * takes), {@code quantity} (the amount as a value; {@code amount} then holds its text) and
 * {@code mutual} (each party of {@code party} towards each other): null or false in a version 1 file.
 */
public record Clause(
        String id,
        String title,
        String kind,
        Modality modality,
        Polarity polarity,
        List<String> party,
        List<String> counterparty,
        String action,
        String object,
        String where,
        Boolean exclusive,
        String amount,
        Quantity quantity,
        String purpose,
        List<String> conditions,
        List<String> exceptions,
        Bound effective,
        List<Bound> until,
        List<String> supersedes,
        Boolean survives,
        Duration every,
        Due due,
        Duration notice,
        boolean mutual,
        List<String> aliases,
        List<String> tags,
        String text,
        String source,
        Evidence evidence,
        String note,
        Location location) {

    public boolean negative() {
        return polarity == Polarity.NEGATIVE;
    }

    public boolean survivesAgreement() {
        return Boolean.TRUE.equals(survives);
    }

    /**
     * Towards whom {@code party} acts: the clause's counterparty, or in a mutual clause every other
     * party it names ("each party shall …" towards the other).
     */
    public List<String> counterpartiesOf(String party) {
        if (!mutual) return counterparty;
        return this.party.stream().filter(p -> !p.equals(party)).toList();
    }

    /** Each party towards each other: said so ({@code mutual}), or, in a version 1 file, the same parties on both sides. */
    public boolean reciprocal() {
        return mutual || party.size() > 1 && new java.util.HashSet<>(party).equals(new java.util.HashSet<>(counterparty));
    }
}
