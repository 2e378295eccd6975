package dev.terms.question;

import dev.terms.model.Modality;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question read as a frame: the slot it asks for and the slots it fills. Every word of the
 * question is accounted for in {@link #words}: it fills a slot or is a filler word. Answering
 * unifies this frame with each clause's own, slot by slot. A condition opened by "without" is
 * negated: it names what is absent ("without the landlord's consent"), which a clause that requires
 * it does not allow.
 */
public record Frame(
        Asked asked,
        String subject,
        List<String> others,
        Set<Modality> modalities,
        boolean negated,
        boolean otherThan,
        Term action,
        List<Term> object,
        Query.Mention place,
        List<Amount> numbers,
        List<Term> condition,
        boolean conditionNegated,
        List<Term> words) {

    /** The slot a question asks for. */
    public enum Asked {
        WHO, WHOM, WHOSE, WHAT, WHICH, WHERE, WHEN, HOW_MUCH, HOW_MANY, HOW_OFTEN, HOW_LONG, YES_NO;

        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The part a word plays in the question. */
    public enum Role {
        ASKED, SUBJECT, PARTY, AGREEMENT, MODALITY, POLARITY, ACTION, OBJECT, THING, PLACE, NUMBER, CONDITION, TIME, FILLER;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One word of the question: as written, its stem, its role, and whether it stands where a noun
     * does (after "the", "its", a possessive), so that "the lease" is not matched as the verb "rent".
     */
    public record Term(String word, String stem, Role role, boolean noun) {}

    private static final Set<String> AFTER = Set.of("after", "following", "once", "upon");
    private static final Set<String> ENDS = Set.of("end", "ends", "ended", "ending", "terminate", "terminates",
            "terminated", "termination", "expire", "expires", "expired", "expiry", "expiration", "leave", "leaves", "left",
            "leaving", "depart", "departs", "departed", "departure", "cease", "ceases", "ceased", "over", "resign",
            "resigns", "resigned");

    /** "… after the consulting period ends", "… even after he leaves": a condition that is the end of the relationship. */
    public boolean afterAnEnd() {
        boolean after = false;
        for (Term t : words) {
            if (t.role() != Role.CONDITION) continue;
            if (AFTER.contains(t.word())) after = true;
            else if (after && ENDS.contains(t.word())) return true;
        }
        return false;
    }

    public static final Frame EMPTY = new Frame(Asked.WHAT, null, List.of(), Set.of(), false, false, null, List.of(), null,
            List.of(), List.of(), false, List.of());
}
