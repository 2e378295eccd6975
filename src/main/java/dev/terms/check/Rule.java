package dev.terms.check;

import dev.terms.load.Diagnostic;
import java.util.Locale;

/** The rules of {@code terms check}, each with a stable code, a severity and an explanation for {@code check --explain}. */
public enum Rule {
    EXCLUSIVE_OVERLAP(Diagnostic.Severity.WARNING,
            "Two clauses in force at the same time grant exclusivity over the same object or place to different "
            + "parties. At most one party can hold an exclusive right to a thing at once; one of the clauses is "
            + "probably meant to end, be superseded, or cover another place."),
    DUTY_CONFLICT(Diagnostic.Severity.WARNING,
            "A party is both obliged and prohibited to do the same action on the same object while both clauses are "
            + "in force. It cannot comply with both; check the clauses' dates, actions and objects."),
    PERMISSION_EXCLUDED(Diagnostic.Severity.WARNING,
            "A permission lets a party do something in a place where an exclusive obligation of the same party on "
            + "the same object requires it to happen elsewhere, and no exception of that obligation mentions the "
            + "permitted place. Add the exception, or narrow the permission."),
    SUPERSESSION_CYCLE(Diagnostic.Severity.ERROR,
            "Clauses supersede each other in a cycle (a supersedes b, b supersedes a), so none of them can be in "
            + "force. The loader refuses the file."),
    SUPERSEDES_LATER(Diagnostic.Severity.WARNING,
            "A clause supersedes one that starts after it, so the superseded clause never comes into force. Usually "
            + "the supersedes list names the wrong clause, or the dates are swapped."),
    PROBABLE_TYPO(Diagnostic.Severity.WARNING,
            "A free-text where or object is one edit away from a definition's id or name: it was probably meant to "
            + "be that definition. Free text does not match the definition's names in questions."),
    MISSING_TEXT(Diagnostic.Severity.WARNING,
            "A clause has no text. Answers quote the clause's own words so readers can check them; add the words "
            + "from the source."),
    UNKNOWN_KIND(Diagnostic.Severity.WARNING,
            "The kind is not in the known vocabulary (the CUAD categories and a few more). Any kebab-case word is "
            + "allowed, but questions that use everyday names for kinds (ROFR, MFN, licence) only meet known ones."),
    UNUSED_PARTY(Diagnostic.Severity.WARNING,
            "A party is neither the party nor the counterparty of any clause."),
    UNUSED_DEFINITION(Diagnostic.Severity.WARNING,
            "A definition is not the object or where of any clause, and no clause's words name it."),
    UNUSED_EVENT(Diagnostic.Severity.WARNING,
            "An event is never referenced by an effective or until, so it changes nothing."),
    UNTIL_BEFORE_EFFECTIVE(Diagnostic.Severity.ERROR,
            "A clause's until is before its effective date, so it is never in force. The loader refuses the file."),
    STARTS_BEFORE_AGREEMENT(Diagnostic.Severity.WARNING,
            "A clause starts before the agreement as a whole does. Either the clause's effective date or the "
            + "agreement's is probably wrong.");

    private final Diagnostic.Severity severity;
    private final String explanation;

    Rule(Diagnostic.Severity severity, String explanation) {
        this.severity = severity;
        this.explanation = explanation;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Diagnostic.Severity severity() {
        return severity;
    }

    public String explanation() {
        return explanation;
    }

    public static Rule of(String code) {
        for (Rule r : values()) if (r.code().equals(code)) return r;
        return null;
    }
}
