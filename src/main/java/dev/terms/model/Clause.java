package dev.terms.model;

import java.util.List;

/**
 * One clause as a structured rule. Optional fields are null (scalars) or empty (lists) when the
 * file does not give them; {@code exclusive} and {@code survives} are null when not stated;
 * {@code polarity} is {@code positive} unless the file says {@code negative}.
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
        String purpose,
        List<String> conditions,
        List<String> exceptions,
        Bound effective,
        List<Bound> until,
        List<String> supersedes,
        Boolean survives,
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
}
