package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Event;
import dev.terms.model.Bound;
import dev.terms.model.Corpus;
import dev.terms.model.Status;
import dev.terms.question.Entity;
import dev.terms.question.Frame;
import dev.terms.question.Query;
import dev.terms.question.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answers the files give by name, without weighing clauses: the agreement itself ("is the MNDA
 * still in force?"), a party by its role ("who is the processor?"), a defined term by its meaning
 * ("what is the Purpose?"), an event by its date ("has the update happened?").
 */
final class NamedAnswers {

    private final Corpus corpus;

    NamedAnswers(Corpus corpus) {
        this.corpus = corpus;
    }


    /**
     * "Who is the processor?" names a party by its role; "what is the Purpose?" asks what a defined
     * term means. Both are answered from the names the file gives, citing the agreement.
     */
    List<Answer> named(Query q) {
        Frame f = q.frame();
        List<Answer> survival = survival(q);
        if (survival != null) return survival;
        List<Answer> renewal = renewal(q);
        if (renewal != null) return renewal;
        boolean bare = f.action() == null && f.condition().isEmpty() && f.place() == null;
        if (q.type() == Query.Type.WHO && bare && q.subject() == null && q.parties().size() == 1
                && q.modalities().isEmpty()) {
            List<Answer> answers = new ArrayList<>();
            for (Agreement a : corpus.agreements()) {
                var p = a.parties().get(q.parties().get(0));
                // "who is the data processor": every other word is the party's own, in its name, aliases or role
                if (p == null || !f.words().stream().filter(t -> t.role() == Frame.Role.OBJECT || t.role() == Frame.Role.THING)
                        .allMatch(t -> describes(p, t))) continue;
                answers.add(new Answer(new Value.Party(p.id()), p.name(), null, a, corpus.timeline(a).agreementStatus(q.asOf()),
                        p.name() + " is " + (p.role() != null ? p.role() : "a party to " + a.title()) + "."));
            }
            return answers.isEmpty() ? null : answers;
        }
        // "has the relationship update happened?": an event, answered by its date
        if (q.type() == Query.Type.YES_NO && bare && f.object().isEmpty() && q.topics().size() == 1) {
            List<Answer> answers = new ArrayList<>();
            for (TopicEvent te : events(q)) {
                Agreement a = te.agreement();
                Event ev = te.event();
                boolean happened = ev.date() != null && !ev.date().isAfter(q.asOf());
                String sentence = happened ? "Yes: " + Sentences.capitalise(ev.name()) + " happened on " + ev.date() + "."
                        : "No: " + (ev.date() == null ? "the file gives no date for " + ev.name()
                        : ev.name() + " happens on " + ev.date()) + ", so it has not happened as of " + q.asOf() + ".";
                answers.add(new Answer(new Value.YesNo(happened), happened ? "yes" : "no", null, a,
                        corpus.timeline(a).agreementStatus(q.asOf()), sentence));
            }
            if (!answers.isEmpty()) return answers;
        }
        // "when did acceptance happen?", "when was the go-live?": an event, answered by its date
        boolean happening = f.action() == null || HAPPEN.contains(f.action().word());
        if (q.type() == Query.Type.WHEN && happening && f.condition().isEmpty() && f.object().isEmpty()
                && q.topics().size() == 1) {
            List<Answer> answers = new ArrayList<>();
            for (TopicEvent te : events(q)) {
                Agreement a = te.agreement();
                Event ev = te.event();
                if (ev.date() == null) continue;
                String verb = ev.date().isAfter(q.asOf()) ? " happens on " : " happened on ";
                answers.add(new Answer(new Value.Date(ev.date()), ev.date().toString(), null, a,
                        corpus.timeline(a).agreementStatus(q.asOf()), Sentences.capitalise(ev.name()) + verb + ev.date() + "."));
            }
            if (!answers.isEmpty()) return answers;
        }
        // "what is the Purpose": a copula right after the question word, then a defined term
        List<Frame.Term> w = f.words();
        int i = 0;
        while (i < w.size() && w.get(i).role() == Frame.Role.FILLER) i++;
        boolean whatIs = q.type() == Query.Type.WHAT && i + 1 < w.size() && w.get(i).word().equals("what")
                && Set.of("is", "are").contains(w.get(i + 1).word());
        if (!whatIs || q.topics().isEmpty()) return null;
        int h = i + 2;
        while (h < w.size() && w.get(h).role() == Frame.Role.FILLER) h++;
        Query.Mention first = q.topics().get(0);
        if (h >= w.size() || w.get(h).role() != Frame.Role.THING || !first.text().startsWith(w.get(h).word())) return null;
        List<Answer> answers = new ArrayList<>();
        for (Entity e : first.entities()) {
            if (e.kind() != Entity.Kind.DEFINITION) continue;
            Agreement a = corpus.agreements().stream().filter(x -> x.id().equals(e.agreement())).findFirst().orElse(null);
            var d = a == null ? null : a.definitions().get(e.id());
            if (d == null || d.means() == null) continue;
            answers.add(new Answer(new Value.Definition(d.id()), d.means(), null, a, corpus.timeline(a).agreementStatus(q.asOf()),
                    Sentences.capitalise(d.name()) + " means " + d.means() + "."));
        }
        return answers.isEmpty() ? null : answers;
    }

    private static final Set<String> SURVIVE = Set.of("survive", "survives", "survived", "outlive", "outlives", "outlast",
            "outlasts");

    /**
     * "Does the DPA survive termination?": the agreement itself ends; which of its clauses outlive it is
     * what `survives` says. A question about one clause's survival goes the ordinary way.
     */
    private List<Answer> survival(Query q) {
        Frame f = q.frame();
        if (q.type() != Query.Type.YES_NO || f.action() == null || !SURVIVE.contains(f.action().word())) return null;
        boolean namesAgreement = f.words().stream().anyMatch(t -> t.role() == Frame.Role.AGREEMENT);
        boolean namesClause = f.words().stream().anyMatch(t -> t.role() == Frame.Role.THING && !END.contains(t.word()))
                || !f.object().isEmpty();
        if (!namesAgreement || namesClause) return null;
        List<Answer> answers = new ArrayList<>();
        for (Agreement a : corpus.agreements()) {
            List<String> surviving = a.clauses().stream().filter(c -> c.survivesAgreement()).map(c -> c.id()).toList();
            answers.add(new Answer(new Value.YesNo(false), "no", null, a, corpus.timeline(a).agreementStatus(q.asOf()),
                    "No: " + a.title() + " itself ends" + (surviving.isEmpty() ? "; none of its clauses survives it."
                    : "; these clauses survive it: " + String.join(", ", surviving) + ".")));
        }
        return answers;
    }

    private static final Set<String> END = Set.of("termination", "expiry", "expiration", "end");

    /** Verbs and nouns of stopping a renewal: "who can stop it renewing", "prevent renewal", "give notice of non-renewal". */
    private static final Set<String> STOP = Set.of("stop", "stops", "prevent", "prevents", "block", "blocks", "end", "ends",
            "cancel", "cancels", "halt", "avoid", "opt", "notice", "non", "nonrenewal");

    /** Verbs that only say an event takes place. */
    private static final Set<String> HAPPEN = Set.of("happen", "happens", "happened", "occur", "occurs", "occurred", "take",
            "takes", "took");

    /** An event the question's one topic names, with the agreement that defines it. */
    private record TopicEvent(Agreement agreement, Event event) {}

    private List<TopicEvent> events(Query q) {
        List<TopicEvent> out = new ArrayList<>();
        for (Entity e : q.topics().get(0).entities()) {
            if (e.kind() != Entity.Kind.EVENT) continue;
            Agreement a = corpus.agreements().stream().filter(x -> x.id().equals(e.agreement())).findFirst().orElse(null);
            Event ev = a == null ? null : a.events().get(e.id());
            if (ev != null) out.add(new TopicEvent(a, ev));
        }
        return out;
    }

    /**
     * Questions about the agreement's own renewal (format 1.1), answered from its {@code renewal}: "does the
     * agreement renew automatically?", "who can stop it renewing?", "how much notice of non-renewal?". Null when
     * the question is not about renewal, names anything but the agreement, or no agreement loaded says how it renews.
     */
    private List<Answer> renewal(Query q) {
        Frame f = q.frame();
        if (f.negated() || f.words().stream().noneMatch(t -> t.stem().startsWith("renew") || t.word().contains("renewal")))
            return null;
        // only the renewal itself may be named: its kind, or its own event ("notice of non-renewal")
        for (Query.Mention m : q.topics()) {
            for (Entity e : m.entities()) {
                boolean kind = e.kind() == Entity.Kind.CLAUSE_KIND && e.id().equals("renewal");
                boolean event = e.kind() == Entity.Kind.EVENT && corpus.agreements().stream()
                        .anyMatch(a -> a.renewal() != null && e.id().equals(a.renewal().unless()));
                if (!kind && !event) return null;
            }
        }
        boolean stopping = f.words().stream().anyMatch(t -> STOP.contains(t.word()));
        boolean notice = f.words().stream().anyMatch(t -> t.stem().startsWith("notic"));
        List<Answer> answers = new ArrayList<>();
        for (Agreement a : corpus.agreements()) {
            dev.terms.model.Renewal r = a.renewal();
            if (r == null) continue;
            Status s = corpus.timeline(a).agreementStatus(q.asOf());
            List<String> by = r.by().isEmpty() ? List.copyOf(a.parties().keySet()) : r.by();
            String how = how(a, r);
            switch (q.type()) {
                case YES_NO -> {
                    if (stopping && q.subject() != null) {
                        boolean yes = by.contains(q.subject());
                        answers.add(new Answer(new Value.YesNo(yes), yes ? "yes" : "no", null, a, s, (yes ? "Yes: " : "No: ")
                                + how));
                    } else if (!stopping) {
                        answers.add(new Answer(new Value.YesNo(r.automatic()), r.automatic() ? "yes" : "no", null, a, s,
                                (r.automatic() ? "Yes: " : "No: ") + how));
                    }
                }
                case WHO -> {
                    if (!stopping) return null; // "who renews it" asks nothing the renewal says
                    for (String p : by) answers.add(new Answer(new Value.Party(p), a.label(p), null, a, s,
                            a.label(p) + " may give notice of non-renewal. " + how));
                }
                case HOW_MUCH, HOW_LONG -> {
                    if (notice && r.notice() != null) {
                        answers.add(new Answer(new Value.Text(r.notice().text()), Sentences.notice(r.notice()), null, a, s,
                                "Notice of non-renewal: " + r.notice().text() + " before a term ends. " + how));
                    } else if (!notice && r.term() != null && q.type() == Query.Type.HOW_LONG) {
                        answers.add(new Answer(new Value.Text(r.term().text()), r.term().text(), null, a, s,
                                "Each renewal term runs " + r.term().text() + ". " + how));
                    }
                }
                default -> { }
            }
        }
        return answers.isEmpty() ? null : answers;
    }

    /** "Larkspur–Brightwater renews automatically for terms of 1 year unless Larkspur or Brightwater gives 90 days' notice …". */
    private static String how(Agreement a, dev.terms.model.Renewal r) {
        if (!r.automatic()) return a.title() + " renews only if the parties agree.";
        String who = r.by().isEmpty() ? "a party" : Sentences.names(a, r.by());
        return a.title() + " renews automatically" + (r.term() != null ? " for terms of " + r.term().text() : "")
                + (r.times() != null ? ", at most " + r.times() + (r.times() == 1 ? " time" : " times") : "")
                + " unless " + who + " gives notice of non-renewal"
                + (r.notice() != null ? " at least " + r.notice().text() + " before a term ends" : "") + ".";
    }

    private static boolean describes(dev.terms.model.Party p, Frame.Term t) {
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.name());
        if (p.role() != null) names.add(p.role());
        for (String n : names) for (Text.Token x : Text.tokens(n)) if (x.stem().equals(t.stem())) return true;
        return false;
    }

    // ---- the agreement as a whole ----

    List<Answer> aboutAgreement(Query q) {
        List<Answer> answers = new ArrayList<>();
        for (Agreement a : corpus.agreements()) {
            Status s = corpus.timeline(a).agreementStatus(q.asOf());
            switch (q.type()) {
                case YES_NO -> {
                    boolean yes = q.focus() == Query.Focus.END ? s.state() == Status.State.EXPIRED : s.inForce();
                    answers.add(new Answer(new Value.YesNo(yes), yes ? "yes" : "no", null, a, s,
                            (yes ? "Yes: " : "No: ") + a.title() + " is " + agreementState(s) + " as of " + q.asOf() + "."));
                }
                case WHEN -> {
                    if (q.focus() != Query.Focus.END && a.effective() != null) {
                        answers.add(new Answer(new Value.Date(a.effective()), a.effective().toString(), null, a, s,
                                a.title() + " took effect on " + a.effective() + "."));
                    }
                    if (q.focus() != Query.Focus.START && s.end() != null) {
                        answers.add(new Answer(new Value.Date(s.end().on()), s.end().on().toString(), null, a, s,
                                a.title() + " ends on " + s.end().on() + "."));
                    } else if (q.focus() == Query.Focus.END) {
                        for (Bound b : a.until()) {
                            if (b instanceof Bound.OnEvent e) {
                                answers.add(new Answer(new Value.Event(e.event()), a.label(e.event()), null, a, s,
                                        a.title() + " ends upon " + a.label(e.event()) + ", which has not happened as of "
                                        + q.asOf() + "."));
                            }
                        }
                    }
                }
                case HOW_LONG -> {
                    if (a.effective() != null && s.lastDay() != null) {
                        answers.add(new Answer(new Value.Text(a.effective() + " to " + s.lastDay()),
                                Sentences.duration(a.effective(), s.lastDay()), null, a, s,
                                a.title() + " runs from " + a.effective() + " to " + s.lastDay() + "."));
                    }
                }
                default -> {
                    for (var p : a.parties().values()) {
                        answers.add(new Answer(new Value.Party(p.id()), p.name(), null, a, s,
                                p.name() + " is a party to " + a.title() + "."));
                    }
                }
            }
        }
        return answers;
    }

    private static String agreementState(Status s) {
        return switch (s.state()) {
            case IN_FORCE -> "in force" + (s.start() != null ? " since " + s.start() : "");
            case PENDING -> "not yet in force";
            case EXPIRED -> "no longer in force (ended " + s.lastDay() + ")";
            case SUPERSEDED -> "superseded";
        };
    }
}
