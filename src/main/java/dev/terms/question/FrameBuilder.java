package dev.terms.question;

import dev.terms.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fills a question's {@link Frame} from its tokens and the names recognised in them: each word
 * gets one role. Prepositions attach the phrase they introduce to a slot: "to"/"from"/"with" a
 * party is another party, "if"/"when"/"unless"/"without" open a condition, a place preposition
 * opens the place only when what follows names a place or platform.
 */
public final class FrameBuilder {

    private FrameBuilder() {}

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "non", "nor", "neither", "none", "nothing",
            "nobody", "un");
    /** Conditions that name what is absent: "without the landlord's consent". */
    static final Set<String> ABSENCE = Set.of("without", "absent");
    /** Words that open a condition: what follows must hold for the question to apply. */
    static final Set<String> CONDITIONS = Set.of("if", "unless", "when", "whenever", "while", "once", "without",
            "upon", "after", "because", "absent");
    static final Set<String> MODAL = Set.of("can", "could", "may", "might", "must", "shall", "should", "will",
            "would", "do", "does", "did", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
            "need", "needs", "needed", "required", "allowed", "permitted", "entitled", "able", "obliged", "obligated", "get",
            "gets", "got", "hold", "holds", "held", "retain", "retains", "keep", "keeps", "enjoy", "enjoys", "owe",
            "owes", "prohibited", "forbidden", "barred", "banned", "restricted", "supposed", "to",
            "responsible", "free", "obligation", "duty", "right", "rights", "permission", "receive", "receives",
            "received", "obtain", "obtains", "commit", "commits", "committed", "undertake", "undertakes", "agree",
            "agrees", "agreed", "bound", "subject", "obligations", "duties", "entitlement");
    private static final Set<String> ASKED = Set.of("who", "whom", "whose", "what", "which", "where", "when", "how",
            "much", "many", "long", "often", "soon", "far");
    private static final Set<String> RUN = Set.of("run", "runs", "ran");

    /** "the term runs out": the phrasal verb of an end, which neither word says alone. */
    static boolean runsOut(String word, String next) {
        return RUN.contains(word) && next.equals("out");
    }

    private static final Set<String> TIME = Set.of("still", "now", "currently", "ever", "today", "yet", "already",
            "historically", "previously", "formerly", "originally", "anymore", "longer", "again", "moment");
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("to", "from", "with", "for", "in", "under", "on",
            "at", "by", "within", "after", "before", "until", "since");
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("for", "with", "at", "of", "to", "in", "on", "by",
            "under", "from");

    /** Prepositions of several words: "as part of a merger", "in connection with". */
    private static final List<List<String>> COMPOUND_PREPOSITIONS = List.of(List.of("as", "part", "of"),
            List.of("in", "connection", "with"), List.of("with", "respect", "to"), List.of("in", "respect", "of"),
            List.of("in", "relation", "to"), List.of("by", "way", "of"));

    private static boolean inPhrase(List<Text.Token> tokens, int j, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            for (int start = Math.max(0, j - p.size() + 1); start <= j && start + p.size() <= tokens.size(); start++) {
                boolean all = true;
                for (int k = 0; k < p.size() && all; k++) all = tokens.get(start + k).word().equals(p.get(k));
                if (all) return true;
            }
        }
        return false;
    }

    /** "the non-solicitation covenant", "the confidentiality clause": the named kind is the clause itself. */
    private static final Set<String> CLAUSE_NOUNS = Set.of("covenant", "covenants", "clause", "clauses", "provision",
            "provisions", "section", "article", "restriction", "restrictions", "undertaking", "obligations");

    /** Filler words elsewhere ("give me", "show me"), but verbs after a subject or modal: "must the licensee give". */
    private static final Set<String> VERB_FILLERS = Set.of("give", "show", "find", "list", "keep", "tell", "know");
    private static final Set<String> PARTICLES = Set.of("up", "out", "down", "off", "back");
    public static final Set<String> LIGHT_VERBS = Set.of("bear", "bears", "take", "takes", "make", "makes", "give",
            "gives", "do", "does", "have", "has", "get", "gets", "carry", "carries", "assume", "assumes", "bearing", "taking",
            "making", "giving", "having", "getting", "carrying");
    /** Heads that only say what kind of answer is asked; "law" and "courts" say what it is about, and stay. */
    private static final Set<String> HEADS = Set.of("conditions", "circumstances", "condition", "terms", "state",
            "states", "country", "countries", "place", "location", "city", "party", "parties", "company", "companies",
            "side", "entity", "date", "day", "year", "time", "large", "big", "high", "low", "small", "expensive",
            "territory", "territories", "region", "area",
            "amount", "sum", "kind", "type", "sort");

    /** Words of comparison in a condition: "falls below 96%", "exceeds $1M". */
    private static final Set<String> COMPARATORS = Set.of("below", "above", "under", "over", "less", "more", "than",
            "fall", "falls", "fell", "drop", "drops", "exceed", "exceeds", "exceeded", "reach", "reaches", "least",
            "most", "happen", "happens", "happened");
    /** A negation right after a modal is the modality's ("may not" is a prohibition), not the question's polarity. */
    private static final Set<String> MODAL_VERBS = Set.of("can", "could", "may", "might", "must", "shall", "should",
            "will", "would");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "your", "my", "this", "that", "these", "those", "any", "each", "every", "some", "all", "other", "another");

    /**
     * @param tokens    the question's tokens
     * @param start     the first word after politeness
     * @param known     what the parser already knows of each word: a party, a place, a named thing
     * @param partyAt   the other parties named, each at the word that first names it
     */
    static Frame build(Query.Type type, List<Text.Token> tokens, int start, Known[] known, String subject,
            java.util.Map<String, Integer> partyAt, Set<Modality> modalities, Query.Mention place, String lower,
            Set<String> asking) {
        int n = tokens.size();
        Frame.Role[] role = new Frame.Role[n];
        Frame.Asked asked = asked(type, tokens, start, lower);
        boolean negated = false;
        int conditionFrom = n;
        // the head: "who", "how much", "to whom", "which state's"
        int i = start;
        if (i + 1 < n && HEAD_PREPOSITIONS.contains(tokens.get(i).word()) && ASKED.contains(tokens.get(i + 1).word()))
            role[i++] = Frame.Role.ASKED;
        while (i < n && ASKED.contains(tokens.get(i).word()) && type != Query.Type.YES_NO) role[i++] = Frame.Role.ASKED;
        // the head of "which state's law", "what law", "how large": what kind of answer, not what it is about
        while (i < n && i > start && HEADS.contains(tokens.get(i).word())) role[i++] = Frame.Role.ASKED;
        // "how much notice": the thing measured, a noun where a verb would stand
        int measured = (type == Query.Type.HOW_MUCH || type == Query.Type.HOW_LONG) && i < n && i > start ? i : -1;
        for (int j = start + 1; j < n; j++) {
            String w = tokens.get(j).word();
            boolean opens = CONDITIONS.contains(w) || w.equals("provided") && j + 1 < n && tokens.get(j + 1).word().equals("that");
            if (opens && j > start + 1 && conditionFrom == n
                    && !(w.equals("when") && type == Query.Type.WHEN)) conditionFrom = j;
        }
        // the condition runs to the end, or, fronted in a question about a slot ("how long after the lease ends
        // does the landlord …"), to the auxiliary that starts the main clause
        boolean[] cond = new boolean[n];
        int conditionTo = n;
        if (type != Query.Type.YES_NO && conditionFrom <= start + 3) {
            for (int j = conditionFrom + 2; j < n; j++) {
                if (MODAL_VERBS.contains(tokens.get(j).word()) || QueryParser.YES_NO.contains(tokens.get(j).word())) {
                    conditionTo = j;
                    break;
                }
            }
        }
        for (int j = conditionFrom + 1; j < conditionTo; j++) cond[j] = true;
        for (int j = 0; j < n; j++) {
            if (role[j] != null) continue;
            String w = tokens.get(j).word();
            Known k = known[j];
            if (j < start) role[j] = Frame.Role.FILLER;
            // "the distributor agreement's term": a party's role naming the agreement says which agreement, it binds no one
            else if ((k == Known.SUBJECT || k == Known.PARTY) && j + 1 < n && !tokens.get(j).possessive()
                    && (known[j + 1] == Known.AGREEMENT || Lexicon.AGREEMENT_WORDS.contains(Text.stem(tokens.get(j + 1).word())))) {
                role[j] = Frame.Role.AGREEMENT;
                if (k == Known.SUBJECT) subject = null;
            }
            else if (k == Known.SUBJECT && !cond[j]) role[j] = Frame.Role.SUBJECT;
            else if (k == Known.SUBJECT) {
                // "if the consultant breaches …": a party in the condition is the condition's, not the question's subject
                role[j] = Frame.Role.CONDITION;
                subject = null;
            }
            else if (k == Known.PARTY) role[j] = Frame.Role.PARTY;
            else if (k == Known.PLACE) role[j] = Frame.Role.PLACE;
            else if (k == Known.AGREEMENT || Lexicon.AGREEMENT_WORDS.contains(Text.stem(w))) role[j] = Frame.Role.AGREEMENT;
            else if (j == conditionFrom) role[j] = Frame.Role.CONDITION;
            else if (k == Known.THING || k == Known.KIND_VERB) role[j] = cond[j] ? Frame.Role.CONDITION : Frame.Role.THING;
            else if (w.matches("\\d[\\d,.]*") || w.equals("percent")) role[j] = Frame.Role.NUMBER;
            else if (NEGATIONS.contains(w) && j > 0 && MODAL_VERBS.contains(tokens.get(j - 1).word())) role[j] = Frame.Role.MODALITY;
            // "for no reason", "at no cost": a negation inside a phrase says what the phrase is, not the question's polarity
            else if (NEGATIONS.contains(w) && j > 0 && PHRASE_PREPOSITIONS.contains(tokens.get(j - 1).word()))
                role[j] = Frame.Role.FILLER;
            else if (NEGATIONS.contains(w) && !cond[j]) {
                role[j] = Frame.Role.POLARITY;
                negated = true;
            } else if (asking.contains(w)) role[j] = Frame.Role.ASKED;
            else if (TIME.contains(w)) role[j] = Frame.Role.TIME;
            // "when does the term run out": the phrasal verb says when it ends, as "end" would
            else if (j + 1 < n && runsOut(w, tokens.get(j + 1).word())) {
                role[j] = Frame.Role.TIME;
                role[j + 1] = Frame.Role.TIME;
            }
            // "keep copies", "retain the deposit": what is kept is done; "retain the right to" holds a right
            else if (KEEPING.contains(w) && !cond[j] && !keepsRightOrState(tokens, j)) role[j] = null;
            else if (!cond[j] && (MODAL.contains(w) || QueryParser.YES_NO.contains(w))) role[j] = Frame.Role.MODALITY;
            else if (CLAUSE_NOUNS.contains(w) && j > 0 && known[j - 1] == Known.THING) role[j] = Frame.Role.FILLER;
            // "the receiving party", "the disclosing party": a role of either party, not what is done
            else if (w.endsWith("ing") && j + 1 < n && Set.of("party", "parties").contains(tokens.get(j + 1).word())) {
                role[j] = Frame.Role.FILLER;
                // the role stands where a subject does, though it names no one party: "can the receiving party share"
                if (known[j + 1] == null) role[j + 1] = Frame.Role.SUBJECT;
            }
            else if (inPhrase(tokens, j, COMPOUND_PREPOSITIONS)) role[j] = Frame.Role.FILLER;
            else if (VERB_FILLERS.contains(w) && j > start && (role[j - 1] == Frame.Role.SUBJECT
                    || role[j - 1] == Frame.Role.MODALITY)) role[j] = null;
            else if (Lexicon.NOISE.contains(w) || DETERMINERS.contains(w) || COMPARATORS.contains(w)) role[j] = Frame.Role.FILLER;
            else if (cond[j]) role[j] = Frame.Role.CONDITION;
        }
        // the action: the first open word that stands where a verb does, after the subject, a modal,
        // "to", or the question word itself ("who owns …"); a gerund before the modal ("is sublicensing allowed")
        int action = -1;
        for (int j = start; j < n && action < 0; j++) {
            // a kind named by a verb ("terminate", "assign") in a verb's place is the action
            boolean kindVerb = known[j] == Known.KIND_VERB && role[j] == Frame.Role.THING
                    && WordNet.is(tokens.get(j).word(), WordNet.Pos.VERB);
            if (role[j] != null && !kindVerb || cond[j] || j == conditionFrom || j > conditionFrom && conditionTo == n) continue;
            int p = previous(role, tokens, j, start);
            boolean afterDeterminer = p >= 0 && p == j - 1 && DETERMINERS.contains(tokens.get(p).word())
                    // "owe Vitalibis in damages": a word right after a preposition heads its phrase, it is no verb
                    // (a gerund after one is still a verb: "responsible for getting the samples to the lab")
                    || j > start && !tokens.get(j - 1).word().equals("to") && PHRASE_PREPOSITIONS.contains(tokens.get(j - 1).word())
                    && !tokens.get(j).word().endsWith("ing");
            Frame.Role before = p < 0 ? null : role[p];
            // in "to whom does OpenAI offer", the party before the verb is its subject, as a subject would be;
            // so is the agreement in "does the DPA survive"
            boolean actor = (before == Frame.Role.PARTY || before == Frame.Role.AGREEMENT) && !tokens.get(p).possessive();
            // "what rate do the loans bear", "when does the base rent go up": after do-support and the thing it asks
            // about stands the main verb
            boolean doSupported = type != Query.Type.YES_NO && before == Frame.Role.THING && !tokens.get(p).possessive()
                    && doSupport(tokens, role, start, p)
                    && WordNet.is(tokens.get(j).word(), WordNet.Pos.VERB);
            boolean verbPlace = !afterDeterminer && (before == Frame.Role.SUBJECT || actor || doSupported || before == Frame.Role.MODALITY
                    || before == Frame.Role.ASKED || before == Frame.Role.POLARITY || p >= 0 && tokens.get(p).word().equals("to"));
            // "which service may Acme resell?": the word between the question word and the modal is the noun asked about
            boolean headNoun = before == Frame.Role.ASKED && p == j - 1 && j + 1 < n
                    && (MODAL_VERBS.contains(tokens.get(j + 1).word()) || QueryParser.YES_NO.contains(tokens.get(j + 1).word()));
            // "the ceiling on liability": a word in -ing after a determiner is a noun, not a gerund
            boolean gerund = !afterDeterminer && tokens.get(j).word().endsWith("ing") && firstOpen(role, j, start);
            if (j != measured && !headNoun && (verbPlace || gerund))
                action = j;
        }
        // "keep the information confidential": the state kept is what is done ("keep confidential")
        for (int j = start; j < n && action < 0; j++) {
            if (!KEEPING.contains(tokens.get(j).word()) || role[j] != Frame.Role.MODALITY) continue;
            // the state ends the phrase ("keep it confidential"); "retain confidential information" keeps a thing
            for (int k = j + 1; k < n && action < 0; k++) {
                boolean ends = k + 1 == n || cond[k + 1] || k + 1 == conditionFrom || role[k + 1] == Frame.Role.TIME
                        || role[k + 1] == Frame.Role.FILLER && !DETERMINERS.contains(tokens.get(k + 1).word());
                if (KEPT_STATES.contains(tokens.get(k).word()) && !cond[k] && ends) action = k;
            }
        }
        // a phrasal verb is one word: "backing up" is a backup, "carry out" one action
        int particle = action >= 0 && action + 1 < n && !cond[action + 1] && role[action + 1] == null
                && PARTICLES.contains(tokens.get(action + 1).word()) ? action + 1 : -1;
        List<Frame.Term> words = new ArrayList<>(n);
        List<Frame.Term> object = new ArrayList<>();
        List<Frame.Term> condition = new ArrayList<>();
        Frame.Term actionTerm = null;
        for (int j = 0; j < n; j++) {
            Text.Token t = tokens.get(j);
            Frame.Role r = j == action || j == particle && role[j] == null ? Frame.Role.ACTION
                    : role[j] != null ? role[j] : Frame.Role.OBJECT;
            boolean noun = r != Frame.Role.ACTION && j > 0 && (DETERMINERS.contains(tokens.get(j - 1).word())
                    || tokens.get(j - 1).possessive());
            Frame.Term term = j == action && particle >= 0
                    ? new Frame.Term(t.word() + " " + tokens.get(particle).word(), t.stem() + tokens.get(particle).word(), r,
                            false)
                    : new Frame.Term(t.word(), t.stem(), r, noun);
            if (j == particle) {
                words.add(term);
                continue;
            }
            words.add(term);
            if (r == Frame.Role.ACTION) actionTerm = term;
            else if (r == Frame.Role.OBJECT) object.add(term);
            else if (r == Frame.Role.CONDITION && j != conditionFrom && !Lexicon.NOISE.contains(t.word())
                    && !DETERMINERS.contains(t.word())) condition.add(term);
        }
        // "borrow that money again" is to reborrow it, where English has no other word of that form ("sign again" is
        // not "resign")
        if (actionTerm != null && !actionTerm.word().contains(" ") && words.stream().anyMatch(t -> t.word().equals("again"))
                && Meaning.reprefixed("re" + actionTerm.word(), actionTerm.word())) {
            Frame.Term again = new Frame.Term("re" + actionTerm.word(), Text.stem("re" + actionTerm.word()), Frame.Role.ACTION, false);
            words.set(words.indexOf(actionTerm), again);
            actionTerm = again;
        }
        // numbers that name something ("Suite 700", "Section 7") are that thing's, not an amount asked about
        List<Amount> numbers = new ArrayList<>();
        for (Amount a : Amount.in(lower)) {
            boolean named = false;
            for (Frame.Term t : words) {
                if ((t.role() == Frame.Role.THING || t.role() == Frame.Role.PLACE || t.role() == Frame.Role.PARTY
                        || t.role() == Frame.Role.AGREEMENT) && a.text().contains(t.word()) && t.word().matches("\\d[\\d,.]*"))
                    named = true;
            }
            // a year is a date the question is asked for ("in 2023"), not an amount
            boolean year = a.unit() == Amount.Unit.NONE && a.text().matches("(19|20)\\d\\d");
            if (!named && !year) numbers.add(a);
        }
        // "for purposes other than …", "anything besides …": the question asks past what a clause limits
        boolean otherThan = lower.matches(".*\\b(other than|besides|apart from|except for|beyond)\\b.*");
        // a party named in the condition ("without Cinder Creek's consent") is part of the condition, not of the rule
        List<String> others = new ArrayList<>();
        for (var e : partyAt.entrySet()) if (!cond[e.getValue()] && e.getValue() != conditionFrom) others.add(e.getKey());
        boolean conditionNegated = conditionFrom < n && ABSENCE.contains(tokens.get(conditionFrom).word());
        return new Frame(asked, subject, List.copyOf(others), modalities, negated, otherThan, actionTerm, List.copyOf(object), place,
                List.copyOf(numbers), List.copyOf(condition), conditionNegated, List.copyOf(words));
    }

    /** What the parser knows of a word before the frame is filled. */
    enum Known { SUBJECT, PARTY, PLACE, THING, KIND_VERB, AGREEMENT }

    private static final Set<String> KEEPING = Set.of("keep", "keeps", "retain", "retains");
    /** What one holds rather than does: "keep the right", "retain an option", "retain exclusivity". */
    private static final Set<String> HELD = Set.of("right", "rights", "option", "options", "license", "licence",
            "licenses", "licences", "permission", "obligation", "obligations", "duty", "duties", "entitlement", "power",
            "powers", "authority", "privilege", "privileges", "title", "ownership", "exclusivity", "control", "veto");
    private static final Set<String> HELD_MODIFIERS = Set.of("sole", "exclusive", "first", "full", "same",
            "limited", "perpetual");

    /** "keep it confidential": keeping in a state is the duty the state names, not a thing kept. */
    public static final Set<String> KEPT_STATES = Set.of("confidential", "secret", "private", "safe", "secure",
            "confidentially", "informed", "apprised");

    private static boolean keepsRightOrState(List<Text.Token> tokens, int j) {
        for (int k = j + 1; k < tokens.size(); k++) if (KEPT_STATES.contains(tokens.get(k).word())) return true;
        for (int k = j + 1; k < tokens.size(); k++) {
            String w = tokens.get(k).word();
            if (DETERMINERS.contains(w) || HELD_MODIFIERS.contains(w) || tokens.get(k).possessive()) continue;
            return HELD.contains(w);
        }
        return true;
    }

    /** An auxiliary "do", "does" or "did" before the thing at {@code p}, with no verb between. */
    private static boolean doSupport(List<Text.Token> tokens, Frame.Role[] role, int start, int p) {
        for (int k = p - 1; k >= start; k--) {
            if (Set.of("do", "does", "did").contains(tokens.get(k).word())) return true;
            if (role[k] == null || role[k] == Frame.Role.ACTION) return false;
        }
        return false;
    }

    private static int previous(Frame.Role[] role, List<Text.Token> tokens, int j, int start) {
        for (int p = j - 1; p >= start; p--) {
            if (role[p] == Frame.Role.FILLER && !DETERMINERS.contains(tokens.get(p).word())
                    && !tokens.get(p).word().equals("to")) continue;
            if (role[p] == Frame.Role.TIME) continue;
            return p;
        }
        return -1;
    }

    private static boolean firstOpen(Frame.Role[] role, int j, int start) {
        for (int p = start; p < j; p++) {
            if (role[p] == null || role[p] == Frame.Role.THING || role[p] == Frame.Role.SUBJECT) return false;
        }
        return true;
    }

    private static final Set<String> AMOUNT_NOUNS = Set.of("cap", "limit", "fee", "fees", "price", "cost", "costs",
            "amount", "sum", "rate", "percentage", "share", "payment", "salary", "compensation", "uptime",
            "availability", "deposit", "rent", "interest", "penalty", "charge", "charges", "royalty", "budget",
            "value", "threshold", "minimum", "maximum", "size", "number", "quantity", "level", "percent", "ceiling",
            "floor", "premium", "discount", "fine", "bonus", "wage", "wages", "pay", "commission", "most", "least",
            "smallest", "largest", "highest", "lowest", "biggest", "greatest", "margin", "spread", "markup", "principal",
            "installment", "instalment", "allowance", "stipend", "severance", "credit", "credits", "refund", "rebate", "capped");

    /** The slot asked, finer than the query's type: "whom", "whose", "how many", "what is the fee". */
    static Frame.Asked asked(Query.Type type, List<Text.Token> tokens, int start, String lower) {
        String first = start < tokens.size() ? tokens.get(start).word() : "";
        String second = start + 1 < tokens.size() ? tokens.get(start + 1).word() : "";
        return switch (type) {
            case YES_NO -> Frame.Asked.YES_NO;
            case WHERE -> Frame.Asked.WHERE;
            case WHEN -> Frame.Asked.WHEN;
            case HOW_LONG -> Frame.Asked.HOW_LONG;
            case HOW_MUCH -> second.equals("many") ? Frame.Asked.HOW_MANY : Frame.Asked.HOW_MUCH;
            case WHO -> first.equals("whose") ? Frame.Asked.WHOSE
                    : first.equals("whom") || second.equals("whom") ? Frame.Asked.WHOM : Frame.Asked.WHO;
            case WHAT -> first.equals("which") ? Frame.Asked.WHICH
                    : first.equals("how") && second.equals("often") ? Frame.Asked.HOW_OFTEN : Frame.Asked.WHAT;
        };
    }

    private static final Set<String> HEAD_SKIP = Set.of("is", "are", "was", "were", "the", "a", "an", "does", "do",
            "did", "each", "its", "their", "it", "this", "that", "of");
    private static final Set<String> HEAD_END = Set.of("on", "of", "for", "per", "in", "to", "under", "when", "if");

    private static final Set<String> SPLIT = Set.of("split", "divided", "shared", "allocated", "apportioned");

    /** Verbs whose object is a sum: what one pays, owes, charges or earns. */
    private static final Set<String> PAYING = Set.of("pay", "pays", "paying", "owe", "owes", "owing", "charge", "charges",
            "charging", "earn", "earns", "earning", "cost", "costs");

    /** "above what amount", "below what level": a threshold asked. */
    private static final Set<String> AMOUNT_PREPOSITIONS = Set.of("above", "below", "over", "beyond", "up");

    /** "what is the cap", "what does it cost", "how large is the credit": an amount asked without "how much". */
    static boolean asksAmount(List<String> words, int start) {
        // "by what percentage": the question word may follow a preposition
        if (start + 1 < words.size() && (HEAD_PREPOSITIONS.contains(words.get(start)) || AMOUNT_PREPOSITIONS.contains(words.get(start))))
            start++;
        if (start + 1 >= words.size()) return false;
        String first = words.get(start);
        // "how is net profit split", "how are the costs shared": the shares of it
        if (first.equals("how")) return Set.of("large", "big", "high", "low", "small", "expensive")
                .contains(words.get(start + 1)) || Set.of("is", "are").contains(words.get(start + 1))
                && words.subList(start + 2, Math.min(words.size(), start + 7)).stream().anyMatch(SPLIT::contains);
        if (!first.equals("what") && !first.equals("which")) return false;
        // "what is Gridiron paying per pound", "what does the licensee owe": a sum of money, whatever its name
        for (int k = start + 1; k < Math.min(words.size(), start + 5); k++) {
            if (PAYING.contains(words.get(k)) && (k + 1 == words.size() || !words.get(k + 1).equals("for") || k + 2 < words.size()
                    && words.get(k + 2).equals("per"))) return true;
        }
        int i = start + 1;
        while (i < words.size() && HEAD_SKIP.contains(words.get(i))) i++;
        // the noun phrase asked about runs to a preposition or the verb: "what is Robert Goldstein's annual base salary"
        for (int k = 0; k < 6 && i < words.size() && !HEAD_END.contains(words.get(i))
                && !(k > 0 && QueryParser.YES_NO.contains(words.get(i))); k++, i++) {
            if (AMOUNT_NOUNS.contains(words.get(i)) || words.get(i).equals("cost")) return true;
        }
        return false;
    }
}
