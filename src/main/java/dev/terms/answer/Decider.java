package dev.terms.answer;

import dev.terms.model.Clause;
import dev.terms.model.Modality;
import dev.terms.model.Status;
import dev.terms.question.Amount;
import dev.terms.question.Comparison;
import dev.terms.question.Entity;
import dev.terms.question.Frame;
import dev.terms.question.Lexicon;
import dev.terms.question.Meaning;
import dev.terms.question.Query;
import dev.terms.question.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Yes and no by an explicit table (docs/deciding.md, "How terms decides yes and no"): yes only
 * when a clause in force fills every slot the question fills and nothing in force contradicts
 * it; no only when a clause in force contradicts the question; otherwise the file does not say.
 * Each row is a method; {@link #decide} tries them in the table's order.
 */
public final class Decider {

    private Decider() {}

    /** The rows of the table, named as in the docs. */
    public enum Row {
        ONLY_FOR, STATES_NEGATIVE, PROHIBITED, PROHIBITION_EXCEPTED, CONDITION_UNMET, PLACE_ELSEWHERE, NOTICE_TOO_SHORT,
        COMPARED, OTHER_VALUE, STATED_NON_EXCLUSIVE,
        HELD_EXCLUSIVELY_BY_OTHER, HELD_BY_OTHER, FILLS_EVERY_SLOT, NO_LONGER_RESTRICTED, NO_LONGER,
        PERMITTED_NOT_REQUIRED, NOT_SAID;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A clause weighed for a yes/no question: its status and its unification. */
    public record Considered(Engine.Weighed weighed, Unifier.Unification unification, ClauseFrame frame) {
        Status status() {
            return weighed.status();
        }

        public Clause clause() {
            return weighed.item().clause();
        }
    }

    /** The outcome: the row that decided, yes or no (null for not said), the clause and a reason. */
    public record Decision(Row row, Boolean yes, Considered by, String reason) {}

    static Decision decide(Query q, List<Considered> pool) {
        Frame f = q.frame();
        Considered yes = null;
        for (Considered c : pool) if (c.status().inForce() && fillsEverySlot(q, c) && (yes == null || fit(c) > fit(yes))) yes = c;
        if (!q.past()) {
            Decision no = contradiction(q, pool);
            // rows that agree ("yes, by exception" and a clause that fills every slot): the closer clause answers
            if (no != null && Boolean.TRUE.equals(no.yes()))
                return yes != null && fit(yes) > fit(no.by()) ? new Decision(Row.FILLS_EVERY_SLOT, true, yes, "fills every slot")
                        : no;
            // a specific rule beats a general one (a permission to disclose to advisors over a ban on disclosure);
            // two that fit the question as well as each other and disagree leave it unsettled
            if (no != null && yes != null && fit(no.by()) == fit(yes))
                return new Decision(Row.NOT_SAID, null, null, "clauses " + no.by().clause().id() + " and "
                        + yes.clause().id() + " disagree");
            if (no != null && (yes == null || fit(no.by()) > fit(yes))) return no;
        }
        if (yes != null) {
            return new Decision(Row.FILLS_EVERY_SLOT, true, yes, "fills every slot");
        }
        if (q.past()) {
            for (Considered c : pool) {
                if (c.status().startedBy(q.asOf()) && fillsEverySlot(q, c))
                    return new Decision(Row.FILLS_EVERY_SLOT, true, c, "fills every slot while in force");
            }
            return new Decision(Row.NOT_SAID, null, null, "no clause fills every slot");
        }
        for (Considered c : pool) {
            if (c.status().inForce()) continue;
            if (c.clause().modality() == Modality.PROHIBITION && !c.clause().negative() && subjectFits(c)
                    && actionOnTopic(c) && c.status().state() == Status.State.EXPIRED && !asksProhibition(q))
                return new Decision(Row.NO_LONGER_RESTRICTED, true, c, "the prohibition ended");
            // a successor is in the pool too: only when none fills the question is it "no longer"
            if (fillsEverySlot(q, c) && c.status().state() != Status.State.PENDING) {
                return new Decision(Row.NO_LONGER, false, c, c.status().end() instanceof Status.SupersededBy ? "replaced" : "ended");
            }
        }
        if (q.modalities().equals(Set.of(Modality.OBLIGATION))) {
            for (Considered c : pool) {
                Clause cl = c.clause();
                if (c.status().inForce() && (cl.modality() == Modality.PERMISSION) && !negative(c)
                        && subjectFits(c) && topicFilled(c))
                    return new Decision(Row.PERMITTED_NOT_REQUIRED, false, c, "a permission, not a duty");
            }
        }
        return new Decision(Row.NOT_SAID, null, null, "no clause fills every slot, none contradicts");
    }

    private static boolean limitsTo(Considered c) {
        return has(c, "solely") || has(c, "only") || has(c, "exclusively");
    }

    private static boolean has(Considered c, String word) {
        for (ClauseFrame.Field f : List.of(ClauseFrame.Field.NAMES, ClauseFrame.Field.ACTION)) {
            for (Text.Token t : c.frame().field(f)) if (t.word().equals(word)) return true;
        }
        return false;
    }

    /** How much of the question a clause accounts for: matched words and named things. */
    static int fit(Considered c) {
        int n = 0;
        for (Unifier.WordMatch w : c.unification().words()) {
            if (!w.matched()) continue;
            n += w.field() == ClauseFrame.Field.TEXT ? 1 : 2;
            // a clause whose action does it to the question's thing fits closer than one whose title only names it
            if (w.term().role() != Frame.Role.ACTION && w.field() != ClauseFrame.Field.ACTION
                    && c.frame().field(ClauseFrame.Field.ACTION).stream().anyMatch(t -> t.stem().equals(w.term().stem()))) n++;
        }
        for (Unifier.Slot t : c.unification().things()) if (t.reason().fills()) n += 2;
        if (c.unification().place().reason() == Unifier.Reason.SAME) n += 2;
        return n;
    }

    private static Decision contradiction(Query q, List<Considered> pool) {
        Frame f = q.frame();
        for (Considered c : pool) {
            if (!c.status().inForce() || !subjectFits(c)) continue;
            Clause cl = c.clause();
            Unifier.Unification u = c.unification();
            boolean thingsFilled = u.things().stream().allMatch(t -> t.reason().fills());
            // "for purposes other than X" against "solely for X"
            if (f.otherThan() && limitsTo(c) && actionOnTopic(c)
                    && thingsFilled) {
                return new Decision(Row.ONLY_FOR, false, c, "only as the clause says");
            }
            // the clause states the negative of what is asked
            if (negative(c) && actionOnTopic(c) && thingsFilled && half(c)) {
                return new Decision(Row.STATES_NEGATIVE, f.negated(), c, "states the negative");
            }
            // a ban covers what its action says, or what its names say word for word: "no poach" bans poaching,
            // but "Restricted transfers" in a title bans no other kind of limit
            boolean named = u.actionField() == ClauseFrame.Field.NAMES || u.actionField() == ClauseFrame.Field.KIND;
            boolean banned = u.action().reason() != Unifier.Reason.OPEN
                    && (named ? u.action().reason() == Unifier.Reason.SAME : u.action().reason().fills());
            // a ban answers "can / may X do it?"; "must X keep it confidential?" asks a duty, which a ban does not deny
            boolean asksLeave = !q.modalities().equals(Set.of(Modality.OBLIGATION));
            // a ban that names no recipient bans the act to anyone: "to his own consulting firm" is one case of it
            Set<String> anyone = namesRecipient(c) ? Set.of() : recipient(f);
            boolean bannedThings = u.things().stream().allMatch(t -> t.reason().fills() || aside(t, anyone));
            if (cl.modality() == Modality.PROHIBITION && !cl.negative() && banned && asksLeave && bannedThings
                    && half(c, anyone) && beyondTheVerb(c) && !asksProhibition(q)) {
                for (String x : cl.exceptions()) {
                    if (exceptionApplies(q, c, x)) return new Decision(Row.PROHIBITION_EXCEPTED, true, c, "excepts " + x);
                }
                for (String x : c.frame().carveOuts()) {
                    if (carvedOut(q, c, x)) return new Decision(Row.PROHIBITION_EXCEPTED, true, c, "excepts " + x);
                }
                return new Decision(Row.PROHIBITED, false, c, "prohibits it");
            }
            // a right or permission upon what the question says is absent: "without NVOS's approval" against
            // "upon written approval of NVOS"
            boolean grant = cl.modality() == Modality.PERMISSION || cl.modality() == Modality.RIGHT;
            if (grant && !negative(c) && u.requiresAbsent() && asksLeave && !asksProhibition(q) && actionOnTopic(c)
                    && thingsFilled && half(c)) {
                return new Decision(Row.CONDITION_UNMET, false, c, "only with what the question says is absent");
            }
            boolean placeBound = Boolean.TRUE.equals(cl.exclusive()) || cl.modality() == Modality.OBLIGATION
                    || cl.modality() == Modality.STATEMENT;
            if (cl.where() != null && placeBound && (u.place().reason() == Unifier.Reason.DIFFERENT || q.elsewhere())
                    && actionOnTopic(c) && thingsFilled) {
                return new Decision(Row.PLACE_ELSEWHERE, false, c, "only " + u.place().stated());
            }
            if (u.number().reason() == Unifier.Reason.DIFFERENT && actionOnTopic(c) && thingsFilled && half(c)) {
                // format 1.1: less notice than the clause takes; a value that fails the comparison asked
                Double days = Unifier.days(f.numbers().get(0));
                if (cl.notice() != null && days != null && days < cl.notice().days())
                    return new Decision(Row.NOTICE_TOO_SHORT, false, c, "it takes " + cl.notice().text() + " notice");
                if (Comparison.in(q.question()) != null)
                    return new Decision(Row.COMPARED, false, c, "the value is " + u.number().stated());
                return new Decision(Row.OTHER_VALUE, false, c, "the value is " + u.number().stated());
            }
            if (asksExclusivity(q) && Boolean.FALSE.equals(cl.exclusive()) && actionOnTopic(c)) {
                return new Decision(Row.STATED_NON_EXCLUSIVE, f.negated(), c, "stated non-exclusive");
            }
        }
        // held exclusively by another party than the subject asked about
        for (Considered c : pool) {
            Clause cl = c.clause();
            if (!c.status().inForce() || q.frame().subject() == null || cl.party().contains(q.frame().subject())) continue;
            if (Boolean.TRUE.equals(cl.exclusive()) && (cl.modality() == Modality.RIGHT || cl.modality() == Modality.PERMISSION)
                    && actionOnTopic(c) && topicFilled(c)) {
                return new Decision(Row.HELD_EXCLUSIVELY_BY_OTHER, false, c, "held exclusively by " + cl.party());
            }
        }
        // a right the agreement grants to another party, and to the subject by no clause: the grant is the agreement's word
        if (q.frame().subject() != null && q.modalities().contains(Modality.RIGHT) && !q.modalities().contains(Modality.OBLIGATION)
                && pool.stream().noneMatch(c -> subjectFits(c) && actionOnTopic(c) && c.clause().modality() != Modality.OBLIGATION
                        && c.clause().modality() != Modality.PROHIBITION)) {
            for (Considered c : pool) {
                Clause cl = c.clause();
                if (c.status().inForce() && cl.modality() == Modality.RIGHT && !negative(c) && !cl.party().contains(q.frame().subject())
                        && topicFilled(c)) return new Decision(Row.HELD_BY_OTHER, false, c, "held by " + cl.party());
            }
        }
        return null;
    }

    static boolean fillsEverySlot(Query q, Considered c) {
        Unifier.Unification u = c.unification();
        if (!subjectFits(c) || u.modality().reason() == Unifier.Reason.DIFFERENT) return false;
        boolean negated = q.frame().negated();
        if (asksExclusivity(q)) {
            // "is it exclusive?" / "is it non-exclusive?" are answered by the clause's exclusive field
            Boolean exclusive = c.clause().exclusive();
            if (exclusive == null || negative(c) || exclusive == negated) return false;
        } else if (negated != negative(c)) return false;
        // a prohibition fills a question that asks for one, or a duty it states the other way round ("keep it
        // confidential" against "must not disclose it": the unifier says so with a synonymous modality)
        if (c.clause().modality() == Modality.PROHIBITION && !asksProhibition(q)
                && u.modality().reason() != Unifier.Reason.SYNONYM) return false;
        if (q.frame().otherThan() && limitsTo(c)) return false;
        if (c.unification().requiresAbsent() || c.unification().inExceptions()) return false;
        if (!Set.of(Unifier.Reason.OPEN, Unifier.Reason.SAME).contains(u.place().reason())) return false;
        if (!Set.of(Unifier.Reason.OPEN, Unifier.Reason.SAME).contains(u.number().reason())) return false;
        for (String p : q.frame().others()) {
            if (!c.clause().party().contains(p) && !c.clause().counterparty().contains(p)) return false;
        }
        return topicFilled(c);
    }

    private static boolean topicFilled(Considered c) {
        return c.unification().topicFilled();
    }

    private static boolean subjectFits(Considered c) {
        return c.unification().subject().reason() != Unifier.Reason.DIFFERENT;
    }

    /** The question's verb is the clause's (or a synonym), or the question has none and its things are the clause's. */
    private static boolean actionOnTopic(Considered c) {
        Unifier.Slot a = c.unification().action();
        if (a.reason() == Unifier.Reason.OPEN) return !c.unification().things().isEmpty()
                || c.unification().words().stream().anyMatch(w -> w.matched() && w.field() != ClauseFrame.Field.TEXT);
        return a.reason().fills();
    }

    /**
     * The clause shares something with the question besides its verb: a thing it names, or a word in its
     * fields (not only its quoted text). A verb alone ("sign" ~ "engage") says too little to deny anything.
     */
    private static boolean beyondTheVerb(Considered c) {
        Unifier.Unification u = c.unification();
        if (u.things().stream().anyMatch(t -> t.reason().fills())) return true;
        return u.words().stream().anyMatch(w -> w.matched() && w.term().role() != Frame.Role.ACTION
                && w.field() != ClauseFrame.Field.TEXT);
    }

    /** The question's words in a "to …" phrase after its verb ("assign it to his own consulting firm"): whom it is for. */
    static Set<String> recipient(Frame f) {
        Set<String> out = new java.util.HashSet<>();
        boolean after = false, in = false;
        for (Frame.Term t : f.words()) {
            if (t == f.action()) after = true;
            else if (!after) continue;
            else if (t.role() == Frame.Role.CONDITION || t.role() == Frame.Role.POLARITY) {
                if (in) break;
            } else if (t.word().equals("to")) in = true;
            else if (in && t.role() != Frame.Role.PARTY) out.add(t.word());
        }
        return out;
    }

    /** Whether the clause's act goes "to" someone it names ("disclose … to third parties"). */
    private static boolean namesRecipient(Considered c) {
        List<Text.Token> action = c.frame().field(ClauseFrame.Field.ACTION);
        for (int i = 1; i < action.size(); i++) if (action.get(i).word().equals("to")) return true;
        return false;
    }

    /** Whether every word of a thing the question names is among those {@code ignored}. */
    private static boolean aside(Unifier.Slot thing, Set<String> ignored) {
        return Text.tokens(thing.asked()).stream().allMatch(t -> ignored.contains(t.word()));
    }

    private static boolean half(Considered c) {
        return half(c, Set.of());
    }

    /** At least half of what the question names (its words and things, {@code ignored} aside) is the clause's. */
    private static boolean half(Considered c, Set<String> ignored) {
        List<Unifier.WordMatch> ws = c.unification().words().stream()
                .filter(w -> w.matched() || !ignored.contains(w.term().word())).toList();
        List<Unifier.Slot> things = c.unification().things().stream()
                .filter(t -> t.reason().fills() || !aside(t, ignored)).toList();
        long matched = ws.stream().filter(Unifier.WordMatch::matched).count()
                + things.stream().filter(t -> t.reason().fills()).count();
        return matched * 2 >= ws.size() + things.size();
    }

    static boolean negative(Considered c) {
        return c.unification().negative();
    }

    static boolean asksProhibition(Query q) {
        return q.modalities().contains(Modality.PROHIBITION);
    }

    static boolean asksExclusivity(Query q) {
        return q.topics().stream().anyMatch(m -> m.entities().stream()
                .anyMatch(e -> e.kind() == Entity.Kind.CLAUSE_KIND && e.id().equals("exclusivity")));
    }

    private static final Set<String> AT_LEAST = Set.of("longer", "more", "least", "over", "exceed", "exceeds");

    /**
     * A carve-out applies when it names what sets the question apart from the rule: the question's
     * words that the rule's own action and title do not have ("to her contractors" against a ban on
     * disclosure to third parties), two of them or the only one, and its numbers permit the case
     * ("terminated for six months or longer" takes eight months, not four).
     */
    /**
     * Whether the question asks about what the ban's own words leave out ("to employees of the Company" against
     * "to any person other than employees of the Company"): a word of the question that the action has only in
     * that phrase.
     */
    static boolean carvedOut(Query q, Considered c, String phrase) {
        Set<String> in = new java.util.HashSet<>();
        for (Text.Token t : Text.tokens(phrase)) if (!Lexicon.NOISE.contains(t.word())) in.add(t.stem());
        String rest = c.clause().action().replace(phrase, " ");
        Set<String> elsewhere = new java.util.HashSet<>();
        for (Text.Token t : Text.tokens(rest)) elsewhere.add(t.stem());
        for (Frame.Term t : q.frame().words()) {
            boolean content = t.role() == Frame.Role.OBJECT || t.role() == Frame.Role.CONDITION || t.role() == Frame.Role.PLACE;
            if (content && !Lexicon.NOISE.contains(t.word()) && in.contains(t.stem()) && !elsewhere.contains(t.stem())) return true;
        }
        return false;
    }

    static boolean exceptionApplies(Query q, Considered c, String exception) {
        List<Text.Token> rule = new ArrayList<>(c.frame().field(ClauseFrame.Field.ACTION));
        rule.addAll(c.frame().field(ClauseFrame.Field.NAMES));
        rule.addAll(c.frame().field(ClauseFrame.Field.KIND));
        rule.addAll(c.frame().field(ClauseFrame.Field.THINGS));
        rule.addAll(c.frame().field(ClauseFrame.Field.MEANS));
        List<String> apart = new ArrayList<>();
        for (Frame.Term t : q.frame().words()) {
            boolean content = t.role() == Frame.Role.OBJECT || t.role() == Frame.Role.CONDITION
                    || t.role() == Frame.Role.THING || t.role() == Frame.Role.PLACE || t.role() == Frame.Role.ACTION;
            if (!content || Lexicon.NOISE.contains(t.word())) continue;
            // what the question says is absent ("without Acme's consent") is no case an exception must name
            if (q.frame().conditionNegated() && t.role() == Frame.Role.CONDITION) continue;
            boolean inRule = false;
            for (Text.Token r : rule) {
                // only the rule's own words, not its broader terms ("months" is not the rule's "period")
                Meaning.Relation rel = Meaning.relate(t.word(), r.word());
                if (rel == Meaning.Relation.SAME || rel == Meaning.Relation.SYNONYM || rel == Meaning.Relation.DERIVED) {
                    inRule = true;
                    break;
                }
            }
            if (!inRule) apart.add(t.word());
        }
        if (apart.isEmpty()) return false;
        List<Text.Token> stated = Text.tokens(exception);
        // "without iMine's consent" against "unless iMine consents": the question is the case the exception leaves out
        if (q.frame().conditionNegated()) {
            for (Frame.Term t : q.frame().condition()) {
                for (Text.Token s : stated) if (Meaning.relate(t.word(), s.word()).covers()) return false;
            }
        }
        int matched = 0;
        for (String a : apart) {
            for (Text.Token s : stated) if (Meaning.relate(a, s.word()).covers()) { matched++; break; }
        }
        if (!(matched >= 2 || matched == 1 && apart.size() == 1)) return false;
        List<Amount> limit = Amount.in(exception);
        boolean atLeast = stated.stream().anyMatch(t -> AT_LEAST.contains(t.word()));
        for (Amount a : q.frame().numbers()) {
            for (Amount l : limit) {
                if (!a.comparable(l)) continue;
                if (atLeast ? a.value().compareTo(l.value()) < 0 : a.value().compareTo(l.value()) != 0) return false;
            }
        }
        return true;
    }
}
