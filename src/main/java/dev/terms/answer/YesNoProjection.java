package dev.terms.answer;

import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Status;
import dev.terms.question.Query;

/** Yes and no: the sentence of the decision table's row that decided, citing the clause that decided it. */
final class YesNoProjection {

    /** The sentence for a decision, by its row. */
    Answer project(Query q, Decider.Decision d) {
        Engine.Weighed w = d.by().weighed();
        Corpus.Item item = w.item();
        Clause c = item.clause();
        Status s = w.status();
        String rule = Sentences.rule(item);
        String sentence = switch (d.row()) {
            case FILLS_EVERY_SLOT -> q.past() ? "Yes: " + rule.replaceAll("\\.$", "") + " (in force " + Sentences.period(s) + ")."
                    : "Yes: " + rule;
            case STATES_NEGATIVE -> (d.yes() ? "Yes: " : "No: ") + Sentences.capitalise(c.title()) + " ("
                    + Sentences.names(item.agreement(), c.party()) + ").";
            case PROHIBITED -> "No: " + rule;
            case ONLY_FOR -> "No: " + rule;
            // the rule's words carry the condition ("upon written approval of NVOS") when its conditions do not
            case CONDITION_UNMET -> "No: " + rule.replaceAll("\\.$", "") + (c.conditions().isEmpty() ? "."
                    : ", only " + String.join("; ", c.conditions()) + ".");
            // the reason names the exception: "excepts resale to its affiliates"
            case PROHIBITION_EXCEPTED -> "Yes, by exception: " + Sentences.capitalise(c.title()) + " " + d.reason() + ".";
            case PLACE_ELSEWHERE -> c.action() == null ? "No: " + Sentences.placed(item)
                    : "No: only " + (Sentences.onPlatform(item.agreement(), c.where()) ? "on " : "in ")
                    + item.agreement().label(c.where()) + ". " + rule;
            case HELD_EXCLUSIVELY_BY_OTHER -> "No: " + rule;
            case HELD_BY_OTHER -> "No: " + Sentences.capitalise(c.title()) + " " + Sentences.heldBy(item) + ".";
            case OTHER_VALUE -> "No: " + Sentences.capitalise(c.title()) + ": " + (c.amount() != null ? c.amount()
                    : d.by().unification().number().stated()) + ".";
            case NOTICE_TOO_SHORT -> "No: it takes " + Sentences.notice(c.notice()) + ": " + rule;
            case COMPARED -> "No: " + Sentences.capitalise(c.title()) + ": " + d.by().unification().number().stated()
                    + ", not " + d.by().unification().number().asked() + ".";
            case STATED_NON_EXCLUSIVE -> (d.yes() ? "Yes: " : "No: ") + c.title() + " is stated to be non-exclusive.";
            case NO_LONGER -> s.end() instanceof Status.SupersededBy by
                    ? "No longer: since " + by.on() + ", replaced by " + by.clause() + " ("
                      + item.agreement().clause(by.clause()).title() + ")."
                    : "No longer: " + c.title() + " " + Sentences.status(item, s) + ".";
            case NO_LONGER_RESTRICTED -> "No longer restricted: " + c.title() + " " + Sentences.status(item, s) + ".";
            case PERMITTED_NOT_REQUIRED -> "No: " + rule.replaceAll("\\.$", "") + ", but the file states no duty to.";
            case NOT_SAID -> throw new AssertionError(d.row());
        };
        return new Answer(new Value.YesNo(d.yes()), d.row() == Decider.Row.NO_LONGER_RESTRICTED ? "no longer restricted"
                : d.yes() ? "yes" : "no", item, item.agreement(), s, sentence);
    }
}
