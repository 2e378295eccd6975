package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Duration;
import dev.terms.model.Modality;
import dev.terms.model.Status;
import dev.terms.question.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Plain sentences for answers, made from the rule's own fields so they hold for any file. */
public final class Sentences {

    private Sentences() {}

    /** "OpenAI must run and offer the OpenAI API on Azure (exclusively)." */
    public static String rule(Corpus.Item item, List<String> parties) {
        return ruleFor(item, names(item.agreement(), parties));
    }

    /** The rule's sentence with {@code who} (the parties' names, as {@link #names} makes them) as the ones it binds. */
    static String ruleFor(Corpus.Item item, String who) {
        Clause c = item.clause();
        Agreement a = item.agreement();
        if (c.modality() == Modality.STATEMENT && !(c.negative() && c.action() != null))
            return capitalise(c.title()) + " (" + who + ").";
        if (c.action() == null) return who + ": " + c.title() + " (" + c.modality().word() + ").";
        StringBuilder b = new StringBuilder(who).append(' ').append(c.negative() ? negativeVerb(c.modality())
                : verb(c.modality())).append(' ').append(c.action());
        String action = c.object() != null || c.where() != null ? c.action().toLowerCase(Locale.ROOT) : null;
        String object = c.object() == null ? null : a.label(c.object());
        if (object != null && !mentionsLower(action, object)) b.append(" (").append(object).append(')');
        String where = c.where() == null ? null : a.label(c.where());
        if (where != null && !mentionsLower(action, where)) {
            b.append(onPlatform(a, c.where()) ? " on " : " in ").append(where);
        }
        if (Boolean.TRUE.equals(c.exclusive())) b.append(", exclusively");
        return b.append('.').toString();
    }

    public static String rule(Corpus.Item item) {
        return rule(item, item.clause().party());
    }

    private static final List<String> PLATFORMS = List.of("platform", "service", "cloud", "system", "website");

    /** "on Azure", but "in the Territory": things run on platforms and services, and happen in places. */
    static boolean onPlatform(Agreement a, String where) {
        var d = a.definitions().get(where);
        return d != null && d.type() != null && PLATFORMS.contains(d.type().toLowerCase(Locale.ROOT));
    }

    private static String verb(Modality m) {
        return switch (m) {
            case RIGHT -> "holds the right to";
            case OBLIGATION -> "must";
            case PROHIBITION -> "must not";
            case PERMISSION -> "may";
            case STATEMENT -> "is stated to";
        };
    }

    /** Where a clause puts things: the rule when it says the place, else "Governing law: the State of Washington." */
    public static String placed(Corpus.Item item) {
        Clause c = item.clause();
        String rule = rule(item);
        if (c.where() == null || mentions(rule, item.agreement().label(c.where()))) return rule;
        return capitalise(c.title()) + ": " + item.agreement().label(c.where()) + ".";
    }

    /** A clause with {@code polarity: negative} says what the party does not hold or owe. */
    private static String negativeVerb(Modality m) {
        return switch (m) {
            case RIGHT -> "does not hold the right to";
            case OBLIGATION -> "is not required to";
            case PROHIBITION -> "is not prohibited to";
            case PERMISSION -> "is not permitted to";
            case STATEMENT -> "does not";
        };
    }

    /** How a clause binds its parties, for "no: … is held by …". */
    public static String heldBy(Corpus.Item item) {
        String who = names(item.agreement(), item.clause().party());
        return switch (item.clause().modality()) {
            case RIGHT, PERMISSION -> "is held by " + who;
            case OBLIGATION, PROHIBITION -> "binds " + who;
            case STATEMENT -> "is about " + who;
        };
    }

    public static String names(Agreement a, List<String> ids) {
        if (ids.size() == 1) return a.label(ids.get(0));
        List<String> names = ids.stream().map(a::label).toList();
        if (names.size() <= 1) return names.isEmpty() ? "" : names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "in force since 2025-01-21", "superseded on 2025-01-21 by rofr-new-capacity", "expired on …", "pending". */
    public static String status(Corpus.Item item, Status s) {
        switch (s.state()) {
            case IN_FORCE: {
                String since = s.start() == null ? "in force" : "in force since " + s.start();
                if (s.end() instanceof Status.Until || s.end() instanceof Status.SupersededBy) return since + ", until " + s.lastDay();
                // "until 3 years after termination (not yet dated)": an end counted from what has not happened
                for (Bound b : item.clause().until()) {
                    if (b instanceof Bound.Relative r) return since + ", until " + relative(item.agreement(), r) + " (not yet dated)";
                }
                if (s.end() != null) since += ", until " + s.lastDay();
                return since;
            }
            case SUPERSEDED: {
                Status.SupersededBy by = (Status.SupersededBy) s.end();
                return "superseded on " + by.on() + " by " + by.clause();
            }
            case EXPIRED:
                return "expired after " + s.lastDay() + ending(s.end(), item.agreement());
            case PENDING:
                if (s.start() != null && item.clause().effective() instanceof dev.terms.model.Bound.OnDate)
                    return "pending: starts on " + s.start();
                return "pending: starts on " + startEvent(item);
            default:
                throw new AssertionError(s.state());
        }
    }

    private static String ending(Status.End end, Agreement a) {
        if (end instanceof Status.Until u) return u.event() == null ? "" : " (" + a.label(u.event()) + ")";
        if (end instanceof Status.AgreementEnds e) return " (the agreement ended)";
        if (end instanceof Status.SupersededBy) return "";
        throw new AssertionError(end);
    }

    private static String startEvent(Corpus.Item item) {
        if (item.clause().effective() instanceof dev.terms.model.Bound.OnEvent e)
            return item.agreement().label(e.event());
        if (item.clause().effective() instanceof Bound.Relative r) return relative(item.agreement(), r);
        return "a later date";
    }

    /** "3 years after termination of this Agreement", "6 months after the end of the agreement". */
    public static String relative(Agreement a, Bound.Relative r) {
        String from;
        if (r.from() instanceof Bound.OnEvent e) from = a.label(e.event());
        else if (r.from() instanceof Bound.Start) from = "the start of the agreement";
        else if (r.from() instanceof Bound.End) from = "the end of the agreement";
        else if (r.from() instanceof Bound.OnDate d) from = d.date().toString();
        else throw new AssertionError(r.from());
        return r.offset().text() + (r.before() ? " before " : " after ") + from;
    }

    /** When a clause applied: "from 2019-07-22 to 2025-01-20", "from 2025-01-21", "throughout". */
    public static String period(Status s) {
        if (s.start() == null && s.lastDay() == null) return "throughout the agreement";
        if (s.lastDay() == null) return "from " + s.start();
        if (s.start() == null) return "until " + s.lastDay();
        return "from " + s.start() + " to " + s.lastDay();
    }

    public static String duration(LocalDate from, LocalDate to) {
        java.time.Period p = java.time.Period.between(from, to.plusDays(1));
        StringBuilder b = new StringBuilder();
        if (p.getYears() > 0) b.append(p.getYears()).append(p.getYears() == 1 ? " year" : " years");
        if (p.getMonths() > 0) b.append(b.length() > 0 ? ", " : "").append(p.getMonths()).append(p.getMonths() == 1 ? " month" : " months");
        if (p.getDays() > 0 || b.length() == 0) b.append(b.length() > 0 ? ", " : "").append(p.getDays()).append(p.getDays() == 1 ? " day" : " days");
        return b.toString();
    }

    private static boolean mentions(String text, String label) {
        return mentionsLower(text.toLowerCase(Locale.ROOT), label);
    }

    /** {@link #mentions} of a text already in lower case. */
    private static boolean mentionsLower(String lower, String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return lower.contains(l.startsWith("the ") ? l.substring(4) : l);
    }

    /** "30 days' notice", "1 year's notice". */
    public static String notice(Duration d) {
        return d.text() + (d.text().endsWith("s") ? "' notice" : "'s notice");
    }

    /** In a question about the past, the sentence says when the clause applied. */
    static String inForce(Query q, Status s, String sentence) {
        if (!q.past()) return sentence;
        return sentence.substring(0, sentence.length() - 1) + " (in force " + period(s) + ").";
    }

    /**
     * The text with a capital first letter ("the Customer must pay" is "The Customer must pay"), unless its first
     * word is a name written with a small first letter on purpose ("iMine", "eBay").
     */
    public static String capitalise(String s) {
        if (s == null || s.isEmpty()) return s;
        int first = s.codePointAt(0);
        if (!Character.isLowerCase(first)) return s;
        int space = s.indexOf(' ');
        if ((space < 0 ? s : s.substring(0, space)).codePoints().skip(1).anyMatch(Character::isUpperCase)) return s;
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(s, Character.charCount(first), s.length()).toString();
    }
}
