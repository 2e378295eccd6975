package dev.terms.answer;

import dev.terms.model.Agreement;
import dev.terms.model.Bound;
import dev.terms.model.Clause;
import dev.terms.model.Corpus;
import dev.terms.model.Modality;
import dev.terms.model.Party;
import dev.terms.question.Amount;
import dev.terms.question.Comparison;
import dev.terms.question.Entity;
import dev.terms.question.Frame;
import dev.terms.question.FrameBuilder;
import dev.terms.question.Lexicon;
import dev.terms.question.Meaning;
import dev.terms.question.Query;
import dev.terms.question.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unifies a question's frame with a clause's, slot by slot, and says for each slot how they
 * relate: the same, a synonym, broader, narrower, different, or unknown (the clause is silent).
 * Nothing here decides: {@link Decider} reads the unification against its table. A question's
 * condition of absence ("without consent") is met by a clause that says "without" it too, and
 * contradicted by one that requires it ({@link Unification#requiresAbsent}).
 */
public final class Unifier {

    private Unifier() {}

    /** How one slot of the question meets the clause. */
    public enum Reason {
        SAME, SYNONYM, BROADER, NARROWER, DERIVED, DIFFERENT, UNKNOWN, OPEN;

        /** (made once, as the other words of a unification) */
        private final String word = name().toLowerCase(java.util.Locale.ROOT);

        public String word() {
            return word;
        }

        boolean fills() {
            return this == SAME || this == SYNONYM || this == BROADER || this == DERIVED;
        }

        static Reason of(Meaning.Relation r) {
            return switch (r) {
                case SAME -> SAME;
                case SYNONYM -> SYNONYM;
                case BROADER -> BROADER;
                case NARROWER -> NARROWER;
                case DERIVED -> DERIVED;
                case DIFFERENT -> DIFFERENT;
            };
        }
    }

    /** A slot's outcome: which slot, how it met the clause, and what the clause has there. */
    public record Slot(String slot, String asked, Reason reason, String stated) {}

    /** A word of the question and where the clause has it (null: nowhere). */
    public record WordMatch(Frame.Term term, ClauseFrame.Field field, Meaning.Relation relation, String stated) {
        boolean matched() {
            return field != null;
        }
    }

    /** The whole unification of one clause with the question. */
    public record Unification(Corpus.Item item, Slot subject, Slot modality, Slot action, Slot place, Slot number,
            List<Slot> things, List<WordMatch> words, boolean negatedHit, boolean requiresAbsent) {

        public List<Slot> slots() {
            List<Slot> out = new ArrayList<>(List.of(subject, modality, action, place, number));
            out.addAll(things);
            for (WordMatch w : words) {
                if (w.term().role() == Frame.Role.ACTION) continue;
                out.add(new Slot(w.term().role().word(), w.term().word(),
                        w.matched() ? Reason.of(w.relation()) : Reason.UNKNOWN,
                        w.matched() ? w.field().word() + ": " + w.stated() : null));
            }
            return out;
        }

        /** How many of the question's words the clause has only in its quoted text. */
        int inTextOnly() {
            int n = 0;
            for (WordMatch m : words) if (m.field() == ClauseFrame.Field.TEXT) n++;
            return n;
        }

        /**
         * How many of the question's things the clause names by reference (its object, where, party, kind):
         * {@link #thing} states those as "kind:id", and a thing found in a field by the field's name.
         */
        int byReference() {
            int n = 0;
            for (Slot t : things) if (t.reason() == Reason.SAME && t.stated() != null && t.stated().indexOf(':') > 0) n++;
            return n;
        }

        /** Whether the clause has one of the question's words or things only in its exceptions: it leaves that case out. */
        boolean inExceptions() {
            for (WordMatch w : words) if (w.field() == ClauseFrame.Field.EXCEPTIONS) return true;
            for (Slot t : things) if (ClauseFrame.Field.EXCEPTIONS.word().equals(t.stated())) return true;
            return false;
        }

        /** Whether the clause states the negative of what the question asks. */
        boolean negative() {
            return negatedHit || item.clause().negative();
        }

        /** Where the clause has the question's verb: its action, its names, … (null: nowhere, or none asked). */
        ClauseFrame.Field actionField() {
            for (WordMatch w : words) if (w.term().role() == Frame.Role.ACTION) return w.field();
            return null;
        }

        /** The question's words the clause does not account for. */
        public List<String> unmatched() {
            List<String> out = new ArrayList<>();
            for (WordMatch w : words) if (!w.matched()) out.add(w.term().word());
            for (Slot t : things) if (!t.reason().fills()) out.add(t.asked());
            return out;
        }

        boolean topicFilled() {
            return (action.reason() == Reason.OPEN || action.reason().fills()) && unmatched().isEmpty();
        }
    }

    /**
     * The question's side of a unification, read once per question: a broad question is unified with thousands of
     * clauses, and what it asks (its flags, its numbers, the names of its things, its place's key) is the same for
     * each. What its words are to the clauses' words is remembered as met, since clauses share their words. Made per
     * question and read by one thread.
     */
    static final class QuestionSide {
        final Query q;
        final Frame f;
        /** The modality asked, as a word (null: none). */
        final String modality;
        /** "must X keep it confidential?" */
        final boolean keepsSecret;
        /** "must X give 60 days' notice to terminate?": a duty to give notice, and only a duty. */
        final boolean obligedNotice;
        /** The verb is a state kept ("keep it confidential"), a verb of place ("host"), a light verb with a noun. */
        final boolean keptState, placeVerb, light, lightVerb;
        /** The condition is the end of the relationship: "after the consulting period ends". */
        final boolean afterAnEnd;
        /** The first number asked, in days where it is a period, and the comparison the question makes of it. */
        final Amount number;
        final Double days;
        final Comparison compared;
        final boolean onlyObligation;
        final String placeKey;
        /** Each topic's entities, in the order its set gives them, with their references ("kind:id"). */
        private final Entity[][] entities;
        private final String[][] refs;
        /** Each topic's names in an agreement (as asked, and the names of its things): the stems of their words. */
        private final List<Map<Agreement, List<List<String>>>> names = new ArrayList<>();
        /** Each word's relation to a clause's word, by the clause's word. */
        private final Map<Frame.Term, Map<String, Meaning.Relation>> relations = new IdentityHashMap<>();
        /** The stems of a party's names, by agreement and party (read where the question has a condition). */
        private final Map<Agreement, Map<String, Set<String>>> partyStems = new IdentityHashMap<>();

        QuestionSide(Query q) {
            this.q = q;
            this.f = q.frame();
            this.modality = q.modalities().isEmpty() ? null : q.modalities().iterator().next().word();
            this.keepsSecret = q.modalities().contains(Modality.OBLIGATION) && keepsSecret(f);
            this.onlyObligation = q.modalities().equals(Set.of(Modality.OBLIGATION));
            this.obligedNotice = asksNotice(f) && onlyObligation;
            Frame.Term action = f.action();
            this.keptState = action != null && FrameBuilder.KEPT_STATES.contains(action.word());
            this.placeVerb = action != null && Lexicon.PLACE_VERBS.contains(action.word());
            this.lightVerb = action != null && FrameBuilder.LIGHT_VERBS.contains(action.word());
            boolean asksObject = f.asked() == Frame.Asked.WHAT || f.asked() == Frame.Asked.WHICH;
            this.light = lightVerb && (!f.object().isEmpty()
                    || !asksObject && f.words().stream().anyMatch(t -> t.role() == Frame.Role.THING));
            this.afterAnEnd = !f.condition().isEmpty() && f.afterAnEnd();
            this.number = f.numbers().isEmpty() ? null : f.numbers().get(0);
            this.days = number == null ? null : days(number);
            this.compared = number == null ? null : Comparison.in(q.question());
            this.placeKey = f.place() == null ? null : Text.key(f.place().text());
            this.entities = new Entity[q.topics().size()][];
            this.refs = new String[q.topics().size()][];
            for (int i = 0; i < entities.length; i++) {
                entities[i] = q.topics().get(i).entities().toArray(new Entity[0]);
                refs[i] = new String[entities[i].length];
                for (int k = 0; k < entities[i].length; k++) refs[i][k] = entities[i][k].kind().word() + ":" + entities[i][k].id();
                names.add(new IdentityHashMap<>());
            }
        }

        /** {@link Meaning#relate} of a word of the question and a clause's word. */
        Meaning.Relation relate(Frame.Term term, String stated) {
            Map<String, Meaning.Relation> known = relations.get(term);
            if (known == null) relations.put(term, known = new HashMap<>());
            Meaning.Relation r = known.get(stated);
            if (r == null) known.put(stated, r = Meaning.relate(term.word(), stated, term.noun()));
            return r;
        }

        /**
         * A topic's names in an agreement: as the question says it and the thing's other names, each as the stems of
         * its words, filler words left out.
         */
        List<List<String>> names(int topic, Agreement a) {
            List<List<String>> out = names.get(topic).get(a);
            if (out != null) return out;
            Query.Mention m = q.topics().get(topic);
            List<String> phrases = new ArrayList<>(List.of(m.text()));
            for (Entity e : entities[topic]) {
                var n = e.agreement() == null || e.agreement().equals(a.id()) ? a.named(e.id()) : null;
                if (n == null) continue;
                phrases.add(n.name());
                phrases.addAll(n.aliases());
            }
            out = new ArrayList<>();
            for (String phrase : phrases) {
                List<String> stems = new ArrayList<>();
                for (Text.Token t : Text.tokens(phrase)) if (!Lexicon.NOISE.contains(t.word())) stems.add(t.stem());
                out.add(stems);
            }
            names.get(topic).put(a, out);
            return out;
        }

        Set<String> partyStems(Corpus.Item it, String id) {
            Map<String, Set<String>> of = partyStems.get(it.agreement());
            if (of == null) partyStems.put(it.agreement(), of = new HashMap<>());
            Set<String> stems = of.get(id);
            if (stems == null) of.put(id, stems = nameStems(it, id));
            return stems;
        }
    }

    /** One unification, the question read for it alone. */
    static Unification unify(Query q, Corpus.Item it, ClauseFrame cf) {
        return unify(new QuestionSide(q), it, cf);
    }

    static Unification unify(QuestionSide s, Corpus.Item it, ClauseFrame cf) {
        Query q = s.q;
        Frame f = s.f;
        Clause c = it.clause();
        Slot subject;
        if (f.subject() == null) subject = new Slot("subject", null, Reason.OPEN, parties(c));
        else if (c.party().contains(f.subject())) subject = new Slot("subject", f.subject(), Reason.SAME, f.subject());
        else if (c.counterparty().contains(f.subject()))
            subject = new Slot("subject", f.subject(), Reason.DIFFERENT, "counterparty " + f.subject());
        else subject = new Slot("subject", f.subject(), Reason.DIFFERENT, parties(c));

        Slot modality = modality(s, c);
        // "must X keep it confidential?": a ban on disclosing it is that duty, said the other way round
        String disclosure = null;
        if (modality.reason() == Reason.DIFFERENT && c.modality() == Modality.PROHIBITION && s.keepsSecret && !c.negative()) {
            for (Text.Token t : cf.field(ClauseFrame.Field.ACTION)) {
                if (disclosure == null && Meaning.relate("disclose", t.word()).covers()) disclosure = t.word();
            }
        }
        if (disclosure != null) modality = new Slot("modality", modality.asked(), Reason.SYNONYM, "prohibition on disclosure");
        // "must X give 60 days' notice to terminate?": the duty asked is the notice a permission is given upon
        if (modality.reason() == Reason.DIFFERENT && c.notice() != null && s.obligedNotice
                && (c.modality() == Modality.PERMISSION || c.modality() == Modality.RIGHT))
            modality = new Slot("modality", modality.asked(), Reason.SYNONYM, "notice of " + c.notice().text());

        // the action: the question's verb against the clause's action first, then its names
        Slot action;
        WordMatch actionMatch = null;
        if (f.action() == null) action = new Slot("action", null, Reason.OPEN, c.action());
        else {
            actionMatch = disclosure != null ? new WordMatch(f.action(), ClauseFrame.Field.ACTION, Meaning.Relation.SYNONYM,
                    "not " + disclosure)
                    // a state kept is done only where the clause says it is kept, not where its kind is named so
                    : s.keptState ? match(s, f.action(), cf, ACTION_OR_NAMES) : match(s, f.action(), cf, ACTION_FIELDS);
            // "disclose" is not what a clause does because it names "the Disclosing Party's request"
            if (actionMatch.field() == ClauseFrame.Field.THINGS && cf.nameModifiers().contains(Text.stem(actionMatch.stated())))
                actionMatch = new WordMatch(f.action(), null, Meaning.Relation.DIFFERENT, null);
            // "host", "run", "deploy" ask where a thing is: a clause that says where answers them
            if (!actionMatch.matched() && c.where() != null && s.placeVerb)
                actionMatch = new WordMatch(f.action(), ClauseFrame.Field.THINGS, Meaning.Relation.BROADER,
                        it.agreement().label(c.where()));
            // a light verb with a noun ("bear responsibility", "give notice") says little: the noun says what is done
            // (a thing of the file's is such a noun too, unless what is asked is the verb's own object: "what must
            // the licensee give recipients")
            if (!actionMatch.matched() && s.light) actionMatch = null;
            action = actionMatch == null ? new Slot("action", f.action().word(), Reason.OPEN, c.action())
                    : new Slot("action", f.action().word(), actionMatch.matched() ? Reason.of(actionMatch.relation())
                    : c.action() == null ? Reason.UNKNOWN : Reason.DIFFERENT, c.action());
        }
        List<WordMatch> words = new ArrayList<>();
        if (actionMatch != null) words.add(actionMatch);
        for (Frame.Term t : f.object()) words.add(match(s, t, cf, ALL_FIELDS));
        // "after the consulting period ends": a clause that outlives the agreement meets that condition as it stands
        // (read only where there is a condition: it is read for nothing else)
        boolean outlives = s.afterAnEnd && (c.survivesAgreement() || c.until().stream().anyMatch(b ->
                b instanceof Bound.Relative r && !r.before() && !(r.from() instanceof Bound.Start)));
        // "if the borrower defaults": a party the condition names is met by a clause that binds or benefits it
        Set<String> sides = new HashSet<>();
        if (!f.condition().isEmpty() && !outlives) {
            for (String id : c.party()) sides.addAll(s.partyStems(it, id));
            for (String id : c.counterparty()) sides.addAll(s.partyStems(it, id));
        }
        for (Frame.Term t : f.condition()) {
            words.add(outlives ? new WordMatch(t, ClauseFrame.Field.PURPOSE, Meaning.Relation.SAME, "survives")
                    : sides.contains(t.stem()) ? new WordMatch(t, ClauseFrame.Field.NAMES, Meaning.Relation.SAME, "party")
                    : match(s, t, cf, ALL_FIELDS));
        }

        List<Slot> things = new ArrayList<>();
        for (int i = 0; i < q.topics().size(); i++) things.add(thing(s, i, it, cf));

        Slot place = place(s, it, cf);
        Slot number = number(s, c, cf);
        boolean negatedHit = false;
        // a negation in the clause concerns the question when it covers what is asked about, not its condition,
        // and, when the question has a verb, that verb: "can X share information?" is not denied by "X owes no
        // obligations for public information"
        for (WordMatch w : words) {
            if (w.matched() && w.term().role() != Frame.Role.CONDITION && cf.negated().contains(Text.stem(w.stated())))
                negatedHit = true;
        }
        for (Frame.Term t : f.words()) if (t.role() == Frame.Role.THING && cf.negated().contains(t.stem())) negatedHit = true;
        if (actionMatch != null && actionMatch.matched() && !cf.negated().contains(Text.stem(actionMatch.stated()))
                && !s.lightVerb) negatedHit = false;
        // "must X keep it confidential": the state kept is the duty asked, and a clause that keeps it before it
        // says what else X must not do does not deny it
        if (s.keptState && cf.affirmed().contains(f.action().stem())) negatedHit = false;
        // asked "without the landlord's consent": the clause names the consent and nowhere says "without" it
        boolean requiresAbsent = false;
        if (f.conditionNegated()) {
            for (WordMatch w : words) {
                if (w.term().role() == Frame.Role.CONDITION && w.matched() && w.field() != ClauseFrame.Field.KIND
                        && !cf.absent().contains(Text.stem(w.stated()))) requiresAbsent = true;
            }
        }
        return new Unification(it, subject, modality, action, place, number, things, words, negatedHit, requiresAbsent);
    }

    /** The fields a word is looked for in: all; the action's (a verb is not a purpose or a definition's meaning); … */
    private static final ClauseFrame.Field[] ALL_FIELDS = ClauseFrame.Field.values();
    private static final ClauseFrame.Field[] ACTION_FIELDS = {ClauseFrame.Field.ACTION, ClauseFrame.Field.NAMES,
            ClauseFrame.Field.KIND, ClauseFrame.Field.THINGS};
    /** … and a state kept's: what the clause does and what it is called. */
    private static final ClauseFrame.Field[] ACTION_OR_NAMES = {ClauseFrame.Field.ACTION, ClauseFrame.Field.NAMES};

    private static boolean asksNotice(Frame f) {
        for (Frame.Term t : f.object()) if (t.stem().startsWith("notic")) return true;
        return false;
    }

    /** "a, b": the clause's parties (most clauses have one, which is then itself). */
    private static String parties(Clause c) {
        return c.party().size() == 1 ? c.party().get(0) : String.join(", ", c.party());
    }

    /** The stems of a party's name and aliases, the generic words of names aside. */
    private static Set<String> nameStems(Corpus.Item it, String id) {
        Set<String> out = new HashSet<>();
        Party p = it.agreement().parties().get(id);
        if (p == null) return out;
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.name());
        for (String n : names) for (Text.Token t : Text.tokens(n)) if (!Lexicon.NOISE.contains(t.word())) out.add(t.stem());
        return out;
    }

    /** The question keeps something confidential or secret: "keep the information confidential". */
    private static boolean keepsSecret(Frame f) {
        boolean keep = f.words().stream().anyMatch(t -> Set.of("keep", "keeps", "hold", "holds", "maintain").contains(t.word()));
        return keep && f.words().stream().anyMatch(t -> Set.of("confidential", "secret", "confidentially").contains(t.word()));
    }

    private static Slot modality(QuestionSide s, Clause c) {
        Query q = s.q;
        String asked = s.modality;
        if (q.modalities().isEmpty()) return new Slot("modality", null, Reason.OPEN, c.modality().word());
        if (q.modalities().contains(c.modality())) return new Slot("modality", asked, Reason.SAME, c.modality().word());
        // a statement answers "is / does" questions; a right answers "may" and vice versa
        boolean near = c.modality() == Modality.STATEMENT
                || q.modalities().contains(Modality.RIGHT) && c.modality() == Modality.PERMISSION
                || q.modalities().contains(Modality.PERMISSION) && c.modality() == Modality.RIGHT;
        return new Slot("modality", asked, near ? Reason.BROADER : Reason.DIFFERENT, c.modality().word());
    }

    /** Words after which a verb is on the way ("apply the deposit to pay"), not what the clause does. */
    private static final Set<String> NOT_AFTER = Set.of("to", "the", "a", "an", "its", "their", "of", "for", "any",
            "all", "by", "in", "on", "with", "from");

    /** Words after which a word in -ing names a thing ("the borrowing base", "any licensing fee"). */
    private static final Set<String> NOUN_AFTER = Set.of("the", "a", "an", "its", "their", "his", "her", "any", "all",
            "each", "such", "of");

    /** The question's word in the first of the fields that has it, with the closest relation. */
    static WordMatch match(QuestionSide s, Frame.Term term, ClauseFrame cf, ClauseFrame.Field[] fields) {
        // the same word anywhere first: "sublicense" in the action beats "license" in the title
        for (ClauseFrame.Field field : fields) {
            List<Text.Token> ts = cf.field(field);
            for (int i = 0; i < ts.size(); i++) {
                if (!ts.get(i).stem().equals(term.stem())) continue;
                // the question's verb is not what a clause does where the clause names a thing by it: "have outstanding
                // Loans in excess of the borrowing base" does not borrow
                if (field == ClauseFrame.Field.ACTION && term.role() == Frame.Role.ACTION && i > 0
                        && NOUN_AFTER.contains(ts.get(i - 1).word()) && ts.get(i).word().endsWith("ing")) continue;
                return new WordMatch(term, field, Meaning.Relation.SAME, ts.get(i).word());
            }
        }
        for (ClauseFrame.Field field : fields) {
            // the quoted text and the generic names of kinds count word for word only: they would make false synonyms
            if (field == ClauseFrame.Field.TEXT || field == ClauseFrame.Field.KIND) continue;
            List<Text.Token> ts = cf.field(field);
            for (int i = 0; i < ts.size(); i++) {
                Text.Token t = ts.get(i);
                Meaning.Relation r = s.relate(term, t.word());
                // a broader verb covers the question's only as what the clause does, not as a word on the way; a
                // defined term's name or a phrase of purpose is a thing, not a category ("a restaurant" is a building,
                // but not the Building)
                // (the question's verb, though, is covered by a broader verb only where the clause says what it does:
                // "Permitted Transfers" in a title is no transfer of every kind)
                boolean head = field == ClauseFrame.Field.NAMES && term.role() != Frame.Role.ACTION
                        || field == ClauseFrame.Field.ACTION && (i == 0 || !NOT_AFTER.contains(ts.get(i - 1).word()));
                if (r.covers() && (head || r != Meaning.Relation.BROADER)) return new WordMatch(term, field, r, t.word());
            }
        }
        return new WordMatch(term, null, Meaning.Relation.DIFFERENT, null);
    }

    private static Slot thing(QuestionSide s, int topic, Corpus.Item it, ClauseFrame cf) {
        Query.Mention m = s.q.topics().get(topic);
        Clause c = it.clause();
        Entity[] entities = s.entities[topic];
        for (int k = 0; k < entities.length; k++) {
            Entity e = entities[k];
            if (e.agreement() != null && !e.agreement().equals(it.agreement().id())) continue;
            boolean refers = switch (e.kind()) {
                case CLAUSE_KIND -> c.kind().equals(e.id());
                case CLAUSE -> c.id().equals(e.id());
                case DEFINITION, EVENT, PARTY -> e.id().equals(c.object()) || e.id().equals(c.where())
                        || c.party().contains(e.id()) || c.counterparty().contains(e.id());
            };
            if (refers) return new Slot("thing", m.text(), Reason.SAME, s.refs[topic][k]);
        }
        // named in the clause's words, as the question says it or by another of the thing's names ("the Supabase
        // platform" is the Services, which an action names); the quoted text is evidence, not a slot
        for (List<String> name : s.names(topic, it.agreement())) {
            ClauseFrame.Field field = fieldNaming(name, cf);
            if (field != null) return new Slot("thing", m.text(), Reason.SAME, field.word());
        }
        return new Slot("thing", m.text(), Reason.UNKNOWN, null);
    }

    /** The first field of the clause, its quoted text aside, that has every word of a name (its stems, filler words left out). */
    private static ClauseFrame.Field fieldNaming(List<String> name, ClauseFrame cf) {
        if (name.isEmpty()) return null;
        for (ClauseFrame.Field field : ALL_FIELDS) {
            if (field == ClauseFrame.Field.TEXT) break;
            boolean all = true;
            for (String stem : name) {
                boolean found = false;
                for (Text.Token t : cf.field(field)) if (t.stem().equals(stem)) { found = true; break; }
                if (!found) { all = false; break; }
            }
            if (all) return field;
        }
        return null;
    }

    private static Slot place(QuestionSide s, Corpus.Item it, ClauseFrame cf) {
        Query.Mention p = s.f.place();
        String where = it.clause().where();
        if (p == null) return new Slot("place", null, Reason.OPEN, where);
        if (where == null) return new Slot("place", p.text(), Reason.UNKNOWN, null);
        for (Entity e : p.entities()) if (e.id().equals(where)) return new Slot("place", p.text(), Reason.SAME, where);
        String key = s.placeKey;
        for (String k : cf.whereKeys()) {
            if (k.equals(key) || (" " + k + " ").contains(" " + key + " "))
                return new Slot("place", p.text(), Reason.SAME, it.agreement().label(where));
        }
        return new Slot("place", p.text(), Reason.DIFFERENT, it.agreement().label(where));
    }

    private static Slot number(QuestionSide s, Clause c, ClauseFrame cf) {
        if (s.number == null) return new Slot("number", null, Reason.OPEN, null);
        Amount asked = s.number;
        // a notice period is the least notice that will do: "on 60 days' notice" meets "30 days", "10 days" does not
        Double days = s.days;
        if (c.notice() != null && days != null) {
            // "must X give 90 days' notice?" asks what the clause requires, which is its notice, no more
            boolean required = s.onlyObligation;
            boolean meets = required ? Math.abs(days - c.notice().days()) < 0.5 : days >= c.notice().days() - 0.5;
            return new Slot("number", asked.text(), meets ? Reason.SAME : Reason.DIFFERENT, c.notice().text() + " notice");
        }
        // "more than $1M", "at least 99%": the clause's value meets the comparison or does not
        Comparison compared = s.compared;
        if (compared != null) {
            for (Amount a : cf.amounts()) {
                if (a.comparable(asked))
                    return new Slot("number", compared.words() + " " + asked.text(), compared.holds(a.value(), asked.value())
                            ? Reason.SAME : Reason.DIFFERENT, a.text());
            }
        }
        for (Amount a : cf.numbers()) if (a.same(asked)) return new Slot("number", asked.text(), Reason.SAME, a.text());
        for (Amount a : cf.amounts()) {
            if (a.comparable(asked)) return new Slot("number", asked.text(), Reason.DIFFERENT, a.text());
        }
        return new Slot("number", asked.text(), Reason.UNKNOWN, null);
    }

    /** A number of days, weeks, months or years, in days; null for any other number. */
    static Double days(Amount a) {
        double n = a.value().doubleValue();
        return switch (a.unit()) {
            case DAY -> n;
            case WEEK -> 7 * n;
            case MONTH -> 30.44 * n;
            case YEAR -> 365.25 * n;
            default -> null;
        };
    }
}
