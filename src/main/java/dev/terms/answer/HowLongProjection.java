package dev.terms.answer;

import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Due;
import dev.terms.model.Status;
import dev.terms.question.Frame;
import dev.terms.question.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "How long does X last", "how long after the lease ends must the landlord refund it": a notice
 * period, a relative end (format 1.1), a period the clause states, or (for how long a clause itself
 * lasts) its dates; a deadline is never answered with the clause's own dates.
 */
final class HowLongProjection implements Projection {

    /** Verbs that ask how long a clause itself lasts: its dates answer them. */
    private static final Set<String> LASTING = Set.of("last", "lasts", "run", "runs", "continue", "continues", "remain",
            "remains", "survive", "survives", "apply", "applies", "extend", "extends");
    private static final Set<String> BY_WHEN = Set.of("after", "before", "within", "following", "prior");
    private static final Pattern UNIT = Pattern.compile("\\b(day|week|month|year)s?\\b");
    private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:(?:within|for|after|"
            + "before|at least|no later than|not later than|not less than|following|during)\\s+[^,;]*?|\\d+\\s*)"
            + "(?:business |calendar )?\\b(?:day|week|month|year|hour)s?\\b[^,;]*");

    @Override
    public Projected project(Query q, List<Engine.Weighed> chosen) {
        List<Answer> answers = new ArrayList<>();
        Frame.Term verb = q.frame().action();
        boolean deadline = verb != null && !LASTING.contains(verb.word())
                || q.frame().words().stream().anyMatch(t -> BY_WHEN.contains(t.word()));
        boolean asksNotice = Projection.asksNotice(q);
        for (Engine.Weighed w : chosen) {
            Status s = w.status();
            Clause c = w.item().clause();
            String title = Sentences.capitalise(c.title());
            // format 1.1: "how much notice must X give" (read as a length of time) is the clause's notice
            if (c.notice() != null && asksNotice) {
                answers.add(answer(w, c.notice().text(), Sentences.notice(c.notice()), title + ": "
                        + Sentences.notice(c.notice()) + "."));
                continue;
            }
            // format 1.1: "within 15 days after the request" is how soon the duty is due
            if (c.due() instanceof Due.By by && by.when() instanceof Bound.Relative r && !r.before()) {
                String words = Sentences.relative(w.item().agreement(), r);
                answers.add(answer(w, r.offset().text(), words, title + ": due within " + words + "."));
                continue;
            }
            Bound.Relative until = relativeUntil(c);
            // format 1.1: "for three years after termination" is how long, whether or not it is dated yet
            if (until != null && !until.before() && !(until.from() instanceof Bound.Start)) {
                String words = Sentences.relative(w.item().agreement(), until);
                answers.add(answer(w, until.offset().text(), words, title + ": until " + words
                        + (s.lastDay() != null && s.end() instanceof Status.Until ? " (last day " + s.lastDay() + ")" : "") + "."));
                continue;
            }
            // a period the clause states ("for 5 years", "30 days after notice") is its own answer; else its dates
            String span = span(c.action());
            if (c.amount() != null && UNIT.matcher(c.amount()).find()) {
                answers.add(answer(w, c.amount(), c.amount(), title + ": " + c.amount() + "."));
            } else if (span != null) {
                answers.add(answer(w, span, span, title + ": " + span + "."));
            } else if (deadline) {
                continue;
            } else if (s.start() != null && s.lastDay() != null && s.lastDay().isBefore(s.start())) {
                // replaced on the day it began: it never ran, and says nothing of how long anything lasts
                continue;
            } else if (s.start() != null && s.lastDay() != null) {
                String length = Sentences.duration(s.start(), s.lastDay());
                answers.add(answer(w, s.start() + " to " + s.lastDay(), length, title + " runs " + length
                        + ", from " + s.start() + " to " + s.lastDay() + "."));
            } else if (s.start() != null) {
                answers.add(answer(w, "from " + s.start(), "no end date", title + " runs from " + s.start()
                        + " with no end date in the file."));
            }
        }
        return Projected.of(answers);
    }

    private static Answer answer(Engine.Weighed w, String value, String label, String sentence) {
        return new Answer(new Value.Text(value), label, w.item(), w.item().agreement(), w.status(), sentence);
    }

    /**
     * The span of time an action states, from the word that opens it to the end of its phrase:
     * "within 30 days after the end of the Term", "for twelve (12) months following termination".
     */
    private static String span(String action) {
        if (action == null) return null;
        Matcher m = SPAN.matcher(action);
        return m.find() ? m.group().trim() : null;
    }

    private static Bound.Relative relativeUntil(Clause c) {
        for (Bound b : c.until()) if (b instanceof Bound.Relative r) return r;
        return null;
    }
}
