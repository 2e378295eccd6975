package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Due;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import dev.terms.question.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "When does X start / end / is the fee due": a clause's start, its end, or (format 1.1) its
 * deadline; an event not yet dated is named as the event, never given a made-up date.
 */
final class WhenProjection implements Projection {

    private final Corpus corpus;

    WhenProjection(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public Projected project(Query q, List<Engine.Weighed> chosen) {
        List<Answer> answers = new ArrayList<>();
        for (Engine.Weighed w : chosen) {
            Clause c = w.item().clause();
            Status s = w.status();
            Agreement a = w.item().agreement();
            String title = Sentences.capitalise(c.title());
            // format 1.1: "when is the fee due?" asks for its deadline, not the clause's dates
            if (c.due() != null && q.focus() == Query.Focus.NONE) {
                answers.add(due(q, w));
                continue;
            }
            // "the fiscal year runs September 1 to August 31": a clause that dates what it is about in its own words
            // answers in those words, not with the dates it is in force
            List<String> days = daysInWords(c);
            if (!days.isEmpty()) {
                String day = q.focus() == Query.Focus.END ? (days.size() > 1 ? days.get(days.size() - 1) : null) : days.get(0);
                if (day != null) answers.add(new Answer(new Value.Text(day), day, w.item(), a, s, title + "."));
                continue;
            }
            // "released on the 15th day of each subsequent quarter": when a recurring duty falls, said in its action
            Matcher each = c.action() == null ? null : EACH_PERIOD.matcher(c.action());
            if (q.focus() == Query.Focus.NONE && each != null && each.find()) {
                String words = each.group().strip();
                answers.add(new Answer(new Value.Text(words), words, w.item(), a, s, title + ": " + words + "."));
                continue;
            }
            boolean wantEnd = q.focus() == Query.Focus.END;
            boolean wantStart = q.focus() == Query.Focus.START || q.focus() == Query.Focus.NONE;
            if (wantStart) {
                if (c.effective() instanceof Bound.OnEvent e && s.state() == Status.State.PENDING) {
                    answers.add(new Answer(new Value.Event(e.event()), a.label(e.event()), w.item(), a, s,
                            title + " starts when " + a.label(e.event()) + " happens, which has not happened as of "
                            + q.asOf() + "."));
                } else if (s.start() != null) {
                    answers.add(new Answer(new Value.Date(s.start()), s.start().toString(), w.item(), a, s,
                            title + (s.start().isAfter(q.asOf()) ? " starts on " : " started on ") + s.start() + "."));
                }
            }
            if (wantEnd || (q.focus() == Query.Focus.NONE && s.end() != null)) {
                Status.End end = s.end();
                if (end != null) {
                    answers.add(new Answer(new Value.Date(end.on()), end.on().toString(), w.item(), a, s,
                            title + endSentence(end, q.asOf(), a)));
                } else {
                    for (Bound b : c.until()) {
                        if (b instanceof Bound.OnEvent e) {
                            answers.add(new Answer(new Value.Event(e.event()), a.label(e.event()), w.item(), a, s,
                                    title + " ends upon " + a.label(e.event()) + ", which has not happened as of "
                                    + q.asOf() + "."));
                        }
                    }
                }
            }
        }
        return Projected.of(answers);
    }

    private static final Pattern MONTH = Pattern.compile("(?i)\\b(january|february|march|"
            + "april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}\\b(?!,?\\s*\\d{4})");

    private static final Pattern EACH_PERIOD = Pattern.compile("(?i)\\b(?:on|by|before|"
            + "within)\\s+[^,;]*?\\b(?:of|after|following)\\s+(?:the\\s+end\\s+of\\s+)?(?:each|every)\\s+[\\w\\s-]*?\\b(?:day|week|"
            + "month|quarter|year|period)\\b");

    /** The days of the year the clause names without a year ("September 1 through August 31"): a calendar of its own. */
    private static List<String> daysInWords(Clause c) {
        List<String> days = new ArrayList<>();
        Matcher m = MONTH.matcher(c.title() + " " + (c.action() == null ? "" : c.action()));
        while (m.find()) if (!days.contains(m.group())) days.add(m.group());
        return days;
    }

    /** A duty's deadline: by a day of each period, within a time after each, or by a point once it is dated. */
    private Answer due(Query q, Engine.Weighed w) {
        Clause c = w.item().clause();
        Agreement a = w.item().agreement();
        String title = Sentences.capitalise(c.title());
        if (c.due() instanceof Due.By by) {
            LocalDate on = corpus.timeline(a).dateOf(by.when(), q.asOf());
            // a deadline at an event names the event beside its date: "2020-01-27 (execution of this agreement)"
            String event = by.when() instanceof Bound.OnEvent e ? a.label(e.event()) : null;
            if (on != null) return new Answer(new Value.Date(on), event == null ? on.toString() : on + " (" + event + ")",
                    w.item(), a, w.status(), title + ": due by " + on + (event == null ? "" : ", upon " + event) + ".");
            String words = by.when() instanceof Bound.Relative r ? Sentences.relative(a, r) : a.label(Bound.text(by.when()));
            return new Answer(new Value.Text(words), words + " (not yet dated)", w.item(), a, w.status(),
                    title + ": due " + (by.when() instanceof Bound.Relative ? "within " : "by ") + words
                    + ", not yet dated as of " + q.asOf() + ".");
        }
        String words = Due.words(c.due(), c.every());
        return new Answer(new Value.Text(words), words, w.item(), a, w.status(), title + ": due " + words + ".");
    }

    private static String endSentence(Status.End end, LocalDate asOf, Agreement a) {
        boolean past = !end.on().isAfter(asOf);
        if (end instanceof Status.SupersededBy s) {
            return (past ? " ended on " : " ends on ") + s.on() + ", when " + s.clause() + " replaced it (last day in force "
                    + Timeline.lastDay(end) + ").";
        }
        if (end instanceof Status.Until u) {
            if (u.event() != null) return (past ? " ended on " : " ends on ") + u.on() + " upon " + a.label(u.event()) + ".";
            return (past ? " expired on " : " runs until ") + u.on() + (past ? "." : " (inclusive).");
        }
        if (end instanceof Status.AgreementEnds e) {
            return (past ? " ended on " : " ends on ") + e.on() + " with the agreement.";
        }
        throw new AssertionError(end);
    }
}
