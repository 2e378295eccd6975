package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Due;
import dev.terms.model.Duration;
import dev.terms.model.Status;
import dev.terms.model.Timeline;
import dev.terms.question.Frame;
import dev.terms.question.Query;
import dev.terms.question.Text;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One projection per answer type: given the clauses chosen for a question, the answers it asks
 * for (the party, the place, the amount, the dates or period, the clause; for yes/no, the sentence
 * of the row that decided), each citing its clause.
 */
final class Projections {

    private final Corpus corpus;
    private final java.util.regex.Pattern duration = java.util.regex.Pattern.compile("\\b(day|week|month|year)s?\\b");

    Projections(Corpus corpus) {
        this.corpus = corpus;
    }


    void who(Query q, List<Engine.Weighed> chosen, List<Answer> answers) {
        Set<String> seen = new LinkedHashSet<>();
        for (Engine.Weighed w : chosen) {
            Clause c = w.item().clause();
            // "whom must the licensee indemnify?" asks for the one the duty is owed to
            boolean whom = q.frame().asked() == Frame.Asked.WHOM && !c.counterparty().isEmpty();
            List<String> ids = (w.relation() == Engine.Relation.DIRECT) != whom ? c.party() : c.counterparty();
            List<String> others = ids.stream().filter(p -> !q.parties().contains(p)).toList();
            if (others.isEmpty() && whom) {
                // "to whom does each Contributor grant …": the party named acts, the one asked for is the other side
                List<String> side = ids == c.party() ? c.counterparty() : c.party();
                others = side.stream().filter(p -> !q.parties().contains(p)).toList();
            }
            if (!others.isEmpty()) ids = others;
            for (String id : ids) {
                if (!seen.add(w.item().agreement().id() + "/" + id)) continue;
                String sentence = w.relation() == Engine.Relation.DIRECT && !whom ? Sentences.rule(w.item(), List.of(id))
                        : w.item().agreement().label(id) + " is owed this: " + Sentences.rule(w.item());
                answers.add(new Answer(new Value.Party(id), w.item().agreement().label(id), w.item(),
                        w.item().agreement(), w.status(), past(q, w, sentence)));
            }
        }
    }

    Answer where(Engine.Weighed w) {
        Clause c = w.item().clause();
        Agreement a = w.item().agreement();
        Value v = a.definitions().containsKey(c.where()) ? new Value.Definition(c.where()) : new Value.Text(c.where());
        return new Answer(v, a.label(c.where()), w.item(), a, w.status(), Sentences.placed(w.item()));
    }

    /** "30 days' notice", "1 year's notice". */
    static String notice(Duration d) {
        return d.text() + (d.text().endsWith("s") ? "' notice" : "'s notice");
    }

    void when(Query q, List<Engine.Weighed> chosen, List<Answer> answers) {
        for (Engine.Weighed w : chosen) {
            Clause c = w.item().clause();
            Status s = w.status();
            String title = Sentences.capitalise(c.title());
            // format 1.1: "when is the fee due?" asks for its deadline, not the clause's dates
            if (c.due() != null && q.focus() == Query.Focus.NONE) {
                answers.add(due(q, w));
                continue;
            }
            boolean wantEnd = q.focus() == Query.Focus.END;
            boolean wantStart = q.focus() == Query.Focus.START || q.focus() == Query.Focus.NONE;
            if (wantStart) {
                if (c.effective() instanceof Bound.OnEvent e && s.state() == Status.State.PENDING) {
                    answers.add(new Answer(new Value.Event(e.event()), w.item().agreement().label(e.event()), w.item(),
                            w.item().agreement(), s, title + " starts when " + w.item().agreement().label(e.event())
                            + " happens, which has not happened as of " + q.asOf() + "."));
                } else if (s.start() != null) {
                    answers.add(new Answer(new Value.Date(s.start()), s.start().toString(), w.item(),
                            w.item().agreement(), s, title + (s.start().isAfter(q.asOf()) ? " starts on " : " started on ")
                            + s.start() + "."));
                }
            }
            if (wantEnd || (q.focus() == Query.Focus.NONE && s.end() != null)) {
                Status.End end = s.end();
                if (end != null) {
                    answers.add(new Answer(new Value.Date(end.on()), end.on().toString(), w.item(), w.item().agreement(),
                            s, title + endSentence(end, q.asOf(), w.item())));
                } else {
                    for (Bound b : c.until()) {
                        if (b instanceof Bound.OnEvent e) {
                            answers.add(new Answer(new Value.Event(e.event()), w.item().agreement().label(e.event()),
                                    w.item(), w.item().agreement(), s, title + " ends upon "
                                    + w.item().agreement().label(e.event()) + ", which has not happened as of " + q.asOf() + "."));
                        }
                    }
                }
            }
        }
    }

    /** A duty's deadline: by a day of each period, within a time after each, or by a point once it is dated. */
    private Answer due(Query q, Engine.Weighed w) {
        Clause c = w.item().clause();
        Agreement a = w.item().agreement();
        String title = Sentences.capitalise(c.title());
        if (c.due() instanceof Due.By by) {
            LocalDate on = corpus.timeline(a).dateOf(by.when(), q.asOf());
            if (on != null) return new Answer(new Value.Date(on), on.toString(), w.item(), a, w.status(),
                    title + ": due by " + on + ".");
            String words = by.when() instanceof Bound.Relative r ? Sentences.relative(a, r) : a.label(Bound.text(by.when()));
            return new Answer(new Value.Text(words), words + " (not yet dated)", w.item(), a, w.status(),
                    title + ": due " + (by.when() instanceof Bound.Relative ? "within " : "by ") + words
                    + ", not yet dated as of " + q.asOf() + ".");
        }
        String words = Due.words(c.due(), c.every());
        return new Answer(new Value.Text(words), words, w.item(), a, w.status(), title + ": due " + words + ".");
    }

    /** "How often must sales be reported?": how often the clauses recur; null when none says. */
    boolean howOften(List<Engine.Weighed> chosen, List<Answer> answers) {
        boolean any = false;
        for (Engine.Weighed w : chosen) {
            Duration every = w.item().clause().every();
            if (every == null) continue;
            any = true;
            String words = "every " + (every.count() == 1 ? every.unit().word() : every.text());
            answers.add(new Answer(new Value.Text(every.text()), words, w.item(), w.item().agreement(), w.status(),
                    Sentences.capitalise(w.item().clause().title()) + ": " + words
                    + (w.item().clause().due() != null ? ", due " + Due.words(w.item().clause().due(), every) : "") + "."));
        }
        return any;
    }

    private static String endSentence(Status.End end, LocalDate asOf, Corpus.Item item) {
        boolean past = !end.on().isAfter(asOf);
        if (end instanceof Status.SupersededBy s) {
            return (past ? " ended on " : " ends on ") + s.on() + ", when " + s.clause() + " replaced it (last day in force "
                    + Timeline.lastDay(end) + ").";
        }
        if (end instanceof Status.Until u) {
            if (u.event() != null) return (past ? " ended on " : " ends on ") + u.on() + " upon "
                    + item.agreement().label(u.event()) + ".";
            return (past ? " expired on " : " runs until ") + u.on() + (past ? "." : " (inclusive).");
        }
        if (end instanceof Status.AgreementEnds e) {
            return (past ? " ended on " : " ends on ") + e.on() + " with the agreement.";
        }
        throw new AssertionError(end);
    }

    /** Verbs that ask how long a clause itself lasts: its dates answer them. */
    private static final Set<String> LASTING = Set.of("last", "lasts", "run", "runs", "continue", "continues", "remain",
            "remains", "survive", "survives", "apply", "applies", "extend", "extends");
    private static final Set<String> BY_WHEN = Set.of("after", "before", "within", "following", "prior");

    void howLong(Query q, List<Engine.Weighed> chosen, List<Answer> answers) {
        // "how long after the lease ends does the landlord have to refund it": a deadline, which the clause's
        // own dates never answer
        Frame.Term verb = q.frame().action();
        boolean deadline = verb != null && !LASTING.contains(verb.word())
                || q.frame().words().stream().anyMatch(t -> BY_WHEN.contains(t.word()));
        for (Engine.Weighed w : chosen) {
            Status s = w.status();
            Clause c = w.item().clause();
            String title = Sentences.capitalise(c.title());
            // format 1.1: "how much notice must X give" (read as a length of time) is the clause's notice
            if (c.notice() != null && q.frame().words().stream().anyMatch(t -> t.stem().startsWith("notic"))) {
                answers.add(new Answer(new Value.Text(c.notice().text()), notice(c.notice()), w.item(), w.item().agreement(),
                        s, title + ": " + notice(c.notice()) + "."));
                continue;
            }
            Bound.Relative until = relativeUntil(c);
            // format 1.1: "for three years after termination" is how long, whether or not it is dated yet
            if (until != null && !until.before() && !(until.from() instanceof Bound.Start)) {
                String words = Sentences.relative(w.item().agreement(), until);
                answers.add(new Answer(new Value.Text(until.offset().text()), words, w.item(), w.item().agreement(), s,
                        title + ": until " + words + (s.lastDay() != null && s.end() instanceof Status.Until
                        ? " (last day " + s.lastDay() + ")" : "") + "."));
                continue;
            }
            // a period the clause states ("for 5 years", "30 days after notice") is its own answer; else its dates
            String span = span(c.action());
            if (c.amount() != null && duration.matcher(c.amount()).find()) {
                String amount = c.amount();
                answers.add(new Answer(new Value.Text(amount), amount, w.item(), w.item().agreement(), s,
                        title + ": " + amount + "."));
            } else if (span != null) {
                answers.add(new Answer(new Value.Text(span), span, w.item(), w.item().agreement(), s,
                        title + ": " + span + "."));
            } else if (deadline) {
                continue;
            } else if (s.start() != null && s.lastDay() != null) {
                String period = s.start() + " to " + s.lastDay();
                answers.add(new Answer(new Value.Text(period), Sentences.duration(s.start(), s.lastDay()), w.item(),
                        w.item().agreement(), s, title + " runs " + Sentences.duration(s.start(), s.lastDay())
                        + ", from " + s.start() + " to " + s.lastDay() + "."));
            } else if (s.start() != null) {
                answers.add(new Answer(new Value.Text("from " + s.start()), "no end date", w.item(), w.item().agreement(),
                        s, title + " runs from " + s.start() + " with no end date in the file."));
            }
        }
    }

    /**
     * The span of time an action states, from the word that opens it to the end of its phrase:
     * "within 30 days after the end of the Term", "for twelve (12) months following termination".
     */
    static String span(String action) {
        if (action == null) return null;
        java.util.regex.Matcher m = SPAN.matcher(action);
        return m.find() ? m.group().trim() : null;
    }

    private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile("(?i)\\b(?:(?:within|for|after|"
            + "before|at least|no later than|not later than|not less than|following|during)\\s+[^,;]*?|\\d+\\s*)"
            + "(?:business |calendar )?\\b(?:day|week|month|year|hour)s?\\b[^,;]*");

    String what(Query q, List<Engine.Weighed> chosen, List<Answer> answers) {
        if (q.focus() == Query.Focus.REPLACED_BY || q.focus() == Query.Focus.REPLACES) {
            if (chosen.isEmpty()) return null;
            Engine.Weighed x = chosen.get(0);
            Timeline t = corpus.timeline(x.item().agreement());
            List<Clause> related = q.focus() == Query.Focus.REPLACED_BY ? t.supersededBy(x.item().clause())
                    : x.item().clause().supersedes().stream().map(id -> x.item().agreement().clause(id)).toList();
            for (Clause c : related) {
                Corpus.Item item = new Corpus.Item(x.item().agreement(), c);
                Status s = t.status(c, q.asOf());
                String sentence = q.focus() == Query.Focus.REPLACED_BY
                        ? Sentences.capitalise(c.title()) + " (" + c.id() + ") replaced " + x.item().clause().title()
                          + " on " + s.start() + "."
                        : Sentences.capitalise(x.item().clause().title()) + " replaced " + c.title() + " (" + c.id() + ").";
                answers.add(new Answer(new Value.Clause(c.id()), c.title(), item, item.agreement(), s, sentence));
            }
            return related.isEmpty() ? "Nothing in the file replaces or is replaced by " + x.item().clause().id() + "." : null;
        }
        Set<String> agreements = new LinkedHashSet<>();
        String head = head(q);
        for (Engine.Weighed w : chosen) {
            Clause c = w.item().clause();
            Agreement a = w.item().agreement();
            // "in what field …": the clause's object or place of that kind
            var d = head == null ? null : definitionOfKind(a, c, head);
            if (d != null) {
                answers.add(new Answer(new Value.Definition(d.id()), d.name(), w.item(), a, w.status(),
                        Sentences.capitalise(d.name()) + ": " + Sentences.rule(w.item())));
                continue;
            }
            if (q.whichAgreements()) {
                if (agreements.add(a.id())) answers.add(new Answer(new Value.Agreement(a.id()), a.title(), w.item(), a,
                        w.status(), a.title() + ": " + past(q, w, Sentences.rule(w.item()))));
                continue;
            }
            // "what must X do?" asks for the action; "what must X give?" for the clause that says it
            Frame.Term verb = q.frame().action();
            boolean asksDoing = (verb == null || verb.word().equals("do")) && c.action() != null;
            answers.add(new Answer(new Value.Clause(c.id()), asksDoing ? c.title() + ": " + c.action() : c.title(),
                    w.item(), a, w.status(),
                    past(q, w, Sentences.rule(w.item()))));
        }
        return null;
    }

    /** The noun right after "what" or "which" ("in what field", "which product"), when one stands there. */
    private static String head(Query q) {
        List<Frame.Term> w = q.frame().words();
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!Set.of("what", "which").contains(w.get(i).word())) continue;
            Frame.Term next = w.get(i + 1);
            return next.role() == Frame.Role.THING || next.role() == Frame.Role.OBJECT ? next.stem() : null;
        }
        return null;
    }

    private static dev.terms.model.Definition definitionOfKind(Agreement a, Clause c, String head) {
        for (String ref : new String[] {c.object(), c.where()}) {
            var d = ref == null ? null : a.definitions().get(ref);
            if (d == null) continue;
            boolean kind = d.type() != null && Text.stem(d.type()).equals(head);
            boolean named = (" " + Text.key(d.name()) + " ").contains(" " + head + " ")
                    || d.aliases().stream().anyMatch(x -> Text.key(x).equals(head));
            if (kind || named) return d;
        }
        return null;
    }

    /** In a question about the past, say when each clause applied. */
    private static String past(Query q, Engine.Weighed w, String sentence) {
        if (!q.past()) return sentence;
        return sentence.substring(0, sentence.length() - 1) + " (in force " + Sentences.period(w.status()) + ").";
    }

    private static Bound.Relative relativeUntil(Clause c) {
        for (Bound b : c.until()) if (b instanceof Bound.Relative r) return r;
        return null;
    }

    /** "how much", "what is the fee": the amount the clause states; "how much notice": its notice (format 1.1). */
    Answer howMuch(Query q, Engine.Weighed w) {
        Clause c = w.item().clause();
        boolean asksNotice = q.frame().words().stream().anyMatch(t -> t.stem().startsWith("notic"));
        if (c.notice() != null && (asksNotice || c.amount() == null)) {
            return new Answer(new Value.Text(c.notice().text()), notice(c.notice()), w.item(), w.item().agreement(),
                    w.status(), Sentences.capitalise(c.title()) + ": " + notice(c.notice()) + ".");
        }
        return new Answer(new Value.Text(c.amount()), c.amount(), w.item(), w.item().agreement(), w.status(),
                Sentences.capitalise(c.title()) + ": " + c.amount() + ".");
    }

    /** The sentence for a decision, by its row. */
    Answer yesNo(Query q, Decider.Decision d) {
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
            case PROHIBITION_EXCEPTED -> "Yes, by exception: " + c.title() + " does not apply " + d.reason().substring(8) + ".";
            case PLACE_ELSEWHERE -> c.action() == null ? "No: " + Sentences.placed(item)
                    : "No: only " + (Sentences.onPlatform(item.agreement(), c.where()) ? "on " : "in ")
                    + item.agreement().label(c.where()) + ". " + rule;
            case HELD_EXCLUSIVELY_BY_OTHER, HELD_BY_OTHER -> "No: " + c.title() + " " + Sentences.heldBy(item) + ".";
            case OTHER_VALUE -> "No: " + Sentences.capitalise(c.title()) + ": " + (c.amount() != null ? c.amount()
                    : d.by().unification().number().stated()) + ".";
            case NOTICE_TOO_SHORT -> "No: " + Sentences.capitalise(c.title()) + " takes " + notice(c.notice()) + ".";
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
