package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Clause;
import dev.terms.model.Due;
import dev.terms.model.Duration;
import dev.terms.model.Modality;
import dev.terms.model.Named;
import dev.terms.model.Quantity;
import dev.terms.question.Amount;
import dev.terms.question.Lexicon;
import dev.terms.question.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a question is unified with besides the clause's own fields (party, modality, polarity, where):
 * its words kept per field, so that a question's word is matched in the field that gives it its
 * weight, the keys of its place, and the amounts it states. Negation
 * stated in words ("not liable", "no licence granted", "without warranties", "disclaimer of
 * warranty") scopes the words after it: those are what the clause says the party does not have.
 */
record ClauseFrame(
        Set<String> negated,
        Set<String> affirmed,
        List<String> carveOuts,
        List<List<Text.Token>> fields,
        Set<String> nameModifiers,
        Set<String> absent,
        Set<String> whereKeys,
        List<Amount> amounts,
        List<Amount> numbers) {

    /** The fields a question's word is looked for in, by weight: names first, quoted text last. */
    enum Field {
        NAMES, KIND, ACTION, THINGS, MEANS, PURPOSE, EXCEPTIONS, TEXT;

        /** (made once: a unification reads its fields' words for every clause) */
        private final String word = name().toLowerCase(java.util.Locale.ROOT);

        String word() {
            return word;
        }
    }

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "neither", "nor", "none");
    /** Nouns and verbs that state a negative of what follows: a disclaimer of warranty is no warranty. */
    private static final Set<String> DISCLAIMERS = Set.of("disclaimer", "disclaim", "disclaims", "disclaimed", "waiver",
            "waive", "waives", "waived");
    /** "no less than", "not later than": a bound, not a negation. */
    private static final Set<String> COMPARATIVES = Set.of("less", "more", "later", "earlier", "fewer", "sooner",
            "longer", "greater", "lower", "higher");
    private static final Set<String> NEW_PHRASE = Set.of("to", "for", "in", "on", "at", "by", "with", "from", "upon",
            "under", "provided", "except", "unless", "but", "if", "which", "who", "that", "when", "where", "while");
    /** A negation's scope ends at a clause boundary. */
    private static final Set<String> SCOPE_ENDS = Set.of("but", "except", "unless", "only", "solely", "if", "provided");

    static ClauseFrame of(Agreement a, Clause c) {
        List<String> names = new ArrayList<>(c.aliases());
        names.add(c.title());
        names.add(c.id().replace('-', ' '));
        // the kind and the everyday names of kinds: matched word for word only, they are generic
        List<String> kind = new ArrayList<>(List.of(c.kind().replace('-', ' ')));
        kind.addAll(Lexicon.KINDS.getOrDefault(c.kind(), List.of()));
        List<String> things = new ArrayList<>();
        // what its object's definition says it means: the thing described, not what the clause does
        List<String> means = new ArrayList<>();
        Set<String> whereKeys = new HashSet<>();
        for (String ref : new String[] {c.object(), c.where()}) {
            if (ref == null) continue;
            List<String> labels = new ArrayList<>(List.of(ref));
            Named n = a.named(ref);
            if (n != null) {
                labels.add(n.name());
                labels.addAll(n.aliases());
            }
            things.addAll(labels);
            // what a defined term means says what the clause is about: "Inventions" are those made performing the Services
            // and its type is what kind of thing it is: "which service may Acme resell" asks for the Hosting Platform
            if (n instanceof dev.terms.model.Definition d) {
                if (d.means() != null) means.add(d.means());
                if (d.type() != null) means.add(d.type());
            }
            if (ref.equals(c.where())) for (String l : labels) whereKeys.add(Text.key(l));
        }
        // a defined term the action names by its capitalised name ("Confidential Information that is a trade
        // secret") brings its meaning too
        if (c.action() != null) {
            for (var d : a.definitions().values()) {
                if (d.means() != null && d.name() != null && !d.name().isEmpty() && Character.isUpperCase(d.name().charAt(0))
                        && c.action().contains(d.name()) && !means.contains(d.means())) means.add(d.means());
            }
        }
        List<String> purpose = new ArrayList<>(c.conditions());
        purpose.addAll(c.tags());
        if (c.purpose() != null) purpose.add(c.purpose());
        if (c.amount() != null) purpose.add(c.amount());
        // format 1.1: what the time fields say, in the words a question uses ("when is it due", "how often", "notice")
        if (c.due() != null) purpose.add("due deadline " + Due.words(c.due(), c.every()));
        if (c.every() != null) purpose.add(periodWords(c.every()));
        if (c.notice() != null) purpose.add("notice " + c.notice().text());
        for (dev.terms.model.Bound b : c.until()) {
            // "how long does it last after termination": an end counted from an event says so
            if (b instanceof dev.terms.model.Bound.Relative r) purpose.add("lasts until " + Sentences.relative(a, r));
        }
        // in an action, capitalised words are defined terms ("the Disclosing Party's request"), not what is done
        // ("the Disclosing Party", "the Licensed Product"): a participle in such a name says which one, it is
        // not an act of the clause
        StringBuilder verbs = new StringBuilder();
        Set<String> nameModifiers = new HashSet<>();
        if (c.action() != null) {
            String[] ws = c.action().split("\\s+");
            for (int i = 0; i < ws.length; i++) {
                String w = ws[i];
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                    verbs.append(w).append(' ');
                    continue;
                }
                things.add(w);
                boolean named = i + 1 < ws.length && !ws[i + 1].isEmpty() && Character.isUpperCase(ws[i + 1].charAt(0));
                String bare = w.replaceAll("\\W+$", "").toLowerCase(java.util.Locale.ROOT);
                if (named && (bare.endsWith("ing") || bare.endsWith("ed"))) nameModifiers.add(Text.stem(bare));
            }
        }
        // the exceptions apart: what they name is what the clause does not cover
        List<List<Text.Token>> fields = List.of(tokens(names), tokens(kind), tokens(List.of(verbs.toString())),
                tokens(things), tokens(means), tokens(purpose), tokens(c.exceptions()),
                tokens(c.text() == null ? List.of() : List.of(c.text())));
        Set<String> negated = new HashSet<>();
        if (c.modality() != Modality.PROHIBITION) {
            // a prohibition is phrased as a negative already ("no disclosure without consent"): its words are the rule
            negated(c.title(), negated);
            if (c.action() != null) negated(c.action(), negated);
        }
        // what the action says before any negation: "keep confidential and not use or disclose …" keeps it confidential
        Set<String> affirmed = new HashSet<>();
        if (c.action() != null && c.modality() != Modality.PROHIBITION) {
            for (Text.Token t : Text.tokens(c.action())) {
                if (NEGATORS.contains(t.word()) || DISCLAIMERS.contains(t.word())) break;
                if (!Lexicon.NOISE.contains(t.word())) affirmed.add(t.stem());
            }
        }
        // "disclose it to any person other than employees of the Company": what the action itself leaves out
        List<String> carveOuts = c.action() == null ? List.of() : carveOuts(c.action());
        // what the clause says is absent anywhere ("without Landlord's consent"): a question's "without" meets it
        Set<String> absent = new HashSet<>();
        for (String s : List.of(c.title(), c.action() == null ? "" : c.action(), c.text() == null ? "" : c.text())) absent(s, absent);
        for (String s : c.conditions()) absent(s, absent);
        for (String s : c.exceptions()) absent(s, absent);
        // an amount given as a value is that value, not what its text reads as
        List<Amount> numbers = new ArrayList<>(c.quantity() != null ? List.of(amount(c.quantity())) : Amount.in(c.amount()));
        List<Amount> amounts = List.copyOf(numbers);
        numbers.addAll(Amount.in(c.title()));
        numbers.addAll(Amount.in(c.action()));
        for (String s : c.conditions()) numbers.addAll(Amount.in(s));
        numbers.addAll(Amount.in(c.text()));
        return new ClauseFrame(Set.copyOf(negated), Set.copyOf(affirmed), carveOuts, fields, Set.copyOf(nameModifiers), Set.copyOf(absent), whereKeys, amounts,
                List.copyOf(numbers));
    }

    /** "each month monthly every recurring": how people say a period recurs. */
    static String periodWords(Duration every) {
        String adjective = switch (every.unit()) {
            case DAY, BUSINESS_DAY -> "daily";
            case WEEK -> "weekly";
            case MONTH -> "monthly";
            case QUARTER -> "quarterly";
            case YEAR -> "annual annually yearly";
        };
        return "every each recurring periodic " + every.unit().word() + (every.count() == 1 ? " " + adjective : "");
    }

    /** A value as the question side reads numbers, so the two meet by value. */
    static Amount amount(Quantity q) {
        Amount.Unit unit;
        if (q.money()) unit = Amount.Unit.MONEY;
        else if (Quantity.PERCENT.equals(q.unit())) unit = Amount.Unit.PERCENT;
        else if (Quantity.TIMES.equals(q.unit())) unit = Amount.Unit.TIMES;
        else unit = Amount.Unit.NONE;
        return new Amount(q.number().stripTrailingZeros(), unit, q.text());
    }

    private static List<Text.Token> tokens(List<String> phrases) {
        List<Text.Token> out = new ArrayList<>();
        for (String p : phrases) out.addAll(Text.tokens(p));
        return out;
    }

    /** The stems a stated negation covers: from the negator to the end of its phrase. */
    private static final java.util.regex.Pattern CARVE_OUT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:other than|except(?: for)?|excluding|save for|apart from|besides)\\s+([^,;()]+?)(?=\\s*(?:[,;()]|\\bor\\b|\\band\\b|$))");

    /** The phrases an action leaves out of itself: "… to any person other than employees of the Company, or …". */
    static List<String> carveOuts(String action) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = CARVE_OUT.matcher(action);
        while (m.find()) out.add(m.group(1).strip());
        return List.copyOf(out);
    }

    private static void negated(String phrase, Set<String> out) {
        for (String part : phrase.split("[;.()]")) {
            boolean in = false;
            for (String segment : part.split(",")) {
                List<Text.Token> ts = Text.tokens(segment);
                // a list goes on after a comma ("not liable for consequential, incidental … damages"); a new phrase does not
                if (!ts.isEmpty() && NEW_PHRASE.contains(ts.get(0).word())) in = false;
                for (int i = 0; i < ts.size(); i++) {
                    Text.Token t = ts.get(i);
                    boolean bound = i + 1 < ts.size() && COMPARATIVES.contains(ts.get(i + 1).word());
                    if (NEGATORS.contains(t.word()) && !bound || DISCLAIMERS.contains(t.word())) {
                        in = true;
                        continue;
                    }
                    if (SCOPE_ENDS.contains(t.word())) in = false;
                    if (in && !Lexicon.NOISE.contains(t.word())) out.add(t.stem());
                }
            }
        }
    }

    /** The stems a "without" or "no" covers, to the end of its phrase, comparatives ("no less than") aside. */
    private static void absent(String phrase, Set<String> out) {
        for (String part : phrase.split("[;:.,()]")) {
            List<Text.Token> ts = Text.tokens(part);
            boolean in = false;
            for (int i = 0; i < ts.size(); i++) {
                Text.Token t = ts.get(i);
                boolean bound = i + 1 < ts.size() && COMPARATIVES.contains(ts.get(i + 1).word());
                if ((t.word().equals("without") || t.word().equals("no")) && !bound) in = true;
                else if (in && (SCOPE_ENDS.contains(t.word()) || t.word().equals("or") || t.word().equals("and"))) in = false;
                else if (in && !Lexicon.NOISE.contains(t.word())) out.add(t.stem());
            }
        }
    }

    List<Text.Token> field(Field f) {
        return fields.get(f.ordinal());
    }
}
