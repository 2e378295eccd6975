package dev.terms.question;

import dev.terms.model.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plain English → {@link Query}. One method per step: classify by the first words, recognise the
 * file's names by longest match, read modality and tense from the verbs, and keep what is left
 * as topic words. It knows no file's particular words: only the vocabulary it is given.
 */
public final class QueryParser {

    static final Set<String> YES_NO = Set.of("is", "are", "does", "do", "did", "can", "could", "may",
            "must", "has", "have", "was", "were", "will", "shall", "should", "might", "had");
    private static final Set<String> PREPOSITIONS = Set.of("to", "from", "with", "by", "of", "for", "between",
            "towards", "toward", "against", "than");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("on", "in", "at", "via", "through", "outside",
            "within", "inside", "onto", "into");
    private static final Set<String> ELSEWHERE = Set.of("elsewhere", "other", "another", "others", "outside",
            "different", "third-party", "competitor", "competing", "rival");
    /** Words of the past; "before" and "once" only open a condition ("before terminating"), and "before 2025" is a date. */
    private static final Set<String> PAST = Set.of("was", "were", "did", "had", "held", "ever", "historically",
            "previously", "formerly", "originally", "used");
    private static final Set<String> END_WORDS = Set.of("end", "ended", "ends", "ending", "expire", "expires",
            "expired", "expiry", "expiration", "terminate", "terminates", "terminated", "stop", "stops", "stopped",
            "lapse", "lapses", "lapsed", "finish", "finished", "over", "until", "last", "cease", "ceased", "replaced",
            "superseded", "lost");
    private static final Set<String> START_WORDS = Set.of("start", "started", "starts", "begin", "began", "begins",
            "effective", "commence", "commenced", "commences", "since", "signed", "granted", "secured", "gained",
            "get", "got", "take", "took", "become", "became");
    private static final Set<String> REPLACE_WORDS = Set.of("replace", "replaced", "replaces", "supersede",
            "superseded", "supersedes", "succeeded", "succeed", "substitute", "substituted", "instead");

    /** Words that ask about standing, answered from status rather than matched as topic. */
    private static final Set<String> STATUS_WORDS = Set.of("force", "effect", "valid", "active", "binding",
            "alive", "current", "apply", "applies", "applied", "exist", "exists", "existed", "include", "includes",
            "included", "contain", "contains", "say", "says", "anything");
    private static final Pattern YEAR = Pattern.compile("\\b(in|during|before|by|until|as of|on)\\s+((?:19|20)\\d\\d)(-\\d\\d-\\d\\d)?\\b");

    private final Vocabulary vocabulary;

    public QueryParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Query parse(String question, LocalDate asOf) {
        if (question.length() > Query.MAX_CHARS) {
            return new Query(question, Query.Type.WHAT, EnumSet.noneOf(Modality.class), false, asOf, null, List.of(),
                    List.of(), List.of(), Query.Focus.NONE, null, false, false, false, false, Frame.EMPTY);
        }
        String read = frontedLast(question);
        String lower = read.toLowerCase(java.util.Locale.ROOT);
        Set<String> capitalised = capitalised(read);
        List<Text.Token> tokens = correct(Text.tokens(read));
        List<String> words = tokens.stream().map(Text.Token::word).toList();
        int start = skipPoliteness(words);
        Query.Type type = type(words, start);
        // the modality is the main clause's: "is disclosure permitted if it is required by a subpoena" asks a
        // permission, and "advisors who need to know it" a permission too
        int main = words.size();
        for (int i = start + 2; i < words.size() && main == words.size(); i++) {
            boolean relative = Set.of("who", "which", "that", "whose").contains(words.get(i));
            if (relative || FrameBuilder.CONDITIONS.contains(words.get(i))
                    && !(words.get(i).equals("when") && type == Query.Type.WHEN)) main = i;
        }
        Set<Modality> modalities = modalities(words.subList(0, main));
        boolean past = words.stream().anyMatch(PAST::contains);
        LocalDate date = asOf;
        Matcher m = YEAR.matcher(lower);
        Set<String> dateWords = new LinkedHashSet<>();
        if (m.find()) {
            LocalDate named = m.group(3) != null ? parseDate(m.group(2) + m.group(3))
                    : LocalDate.of(Integer.parseInt(m.group(2)), 12, 31);
            if (named != null) {
                if (m.group(1).equals("before")) named = m.group(3) != null ? named.minusDays(1)
                        : LocalDate.of(named.getYear() - 1, 12, 31);
                if (named.isBefore(date)) {
                    date = named;
                    past = true;
                }
            }
            dateWords.add(m.group(2));
        }
        if (words.contains("still") || words.contains("now") || words.contains("currently")) past = false;

        // recognise names, longest first
        Set<String> timeWords = new java.util.HashSet<>(asking(type, Query.Focus.NONE, words));
        timeWords.removeIf(w -> !END_WORDS.contains(w) && !START_WORDS.contains(w));
        List<Found> found = recognise(tokens, timeWords);
        String subject = null;
        List<String> parties = new ArrayList<>();
        java.util.Map<String, Integer> partyAt = new java.util.LinkedHashMap<>();
        List<Query.Mention> topics = new ArrayList<>();
        Set<Integer> used = new java.util.HashSet<>();
        for (Found f : found) {
            for (int i = f.from; i < f.to; i++) used.add(i);
        }
        // the place: the phrase after the last place preposition, in yes/no and where questions
        Query.Mention place = null;
        boolean elsewhere = false;
        int placeFrom = -1;
        int placeTo = tokens.size();
        if (type == Query.Type.YES_NO) {
            for (int i = words.size() - 2; i > start; i--) {
                if (PLACE_PREPOSITIONS.contains(words.get(i))) {
                    placeFrom = i;
                    break;
                }
            }
            // the place phrase ends where a condition opens: "in Taiwan without iMine's consent"
            for (int i = placeFrom + 1; placeFrom >= 0 && i < words.size() && placeTo == tokens.size(); i++) {
                if (FrameBuilder.CONDITIONS.contains(words.get(i))) placeTo = i;
            }
            if (placeFrom >= 0) {
                List<Text.Token> tail = tokens.subList(placeFrom + 1, placeTo);
                elsewhere = tail.stream().anyMatch(t -> ELSEWHERE.contains(t.word()) && !t.word().equals("outside"));
                Set<Entity> named = new LinkedHashSet<>();
                for (Found f : found) if (f.from > placeFrom && f.from < placeTo) named.addAll(f.entities);
                StringBuilder text = new StringBuilder();
                for (Text.Token t : tail) if (!Lexicon.NOISE.contains(t.word())) text.append(text.length() > 0 ? " " : "").append(t.word());
                // a phrase is a place when it names one the files know, or reads as one: a proper name they do not know
                boolean readsAsPlace = vocabulary.isPlace(named, Text.key(text.toString())) || elsewhere
                        || tail.stream().anyMatch(t -> !vocabulary.knows(t.word()) && capitalised.contains(t.word()));
                if (text.length() > 0 && readsAsPlace) place = new Query.Mention(text.toString(), named);
                else placeFrom = -1;
            }
        }
        if (type == Query.Type.YES_NO && (words.contains("elsewhere") || lower.contains("anywhere else"))) elsewhere = true;
        // "governed by Texas law", "the courts of Ontario": a proper name the files do not know, beside a word of law
        if (place == null && type == Query.Type.YES_NO) {
            for (int i = start + 1; i < words.size(); i++) {
                String w = words.get(i);
                boolean lawNear = i + 1 < words.size() && LAW_WORDS.contains(words.get(i + 1))
                        || i >= 2 && LAW_WORDS.contains(words.get(i - 2)) && words.get(i - 1).equals("of");
                if (capitalised.contains(w) && !vocabulary.knows(w) && !used.contains(i) && lawNear) {
                    place = new Query.Mention(w, Set.of());
                    placeFrom = i - 1;
                    break;
                }
            }
        }
        boolean namesAgreement = false;
        for (Found f : found) {
            boolean inPlace = placeFrom >= 0 && f.from > placeFrom && f.from < placeTo;
            if (f.agreement != null) {
                namesAgreement = true;
                continue;
            }
            Set<Entity> partyIds = f.of(Entity.Kind.PARTY);
            if (!partyIds.isEmpty() && f.entities.size() == partyIds.size()) {
                String id = partyIds.iterator().next().id();
                boolean afterPreposition = f.from > 0 && PREPOSITIONS.contains(words.get(f.from - 1));
                boolean canBeSubject = type != Query.Type.WHO && !f.possessive && !afterPreposition && !inPlace;
                if (subject == null && canBeSubject) subject = id;
                else if (!id.equals(subject)) {
                    parties.add(id);
                    partyAt.putIfAbsent(id, f.from);
                }
                continue;
            }
            // a place is tested against where a clause allows things, not required as a topic
            if (inPlace) continue;
            topics.add(new Query.Mention(f.text, f.entities));
        }

        Query.Focus focus = focus(words, type);
        List<String> free = new ArrayList<>();
        for (int i = start; i < tokens.size(); i++) {
            if (used.contains(i) || (placeFrom >= 0 && i > placeFrom && i < placeTo)) continue;
            String w = words.get(i);
            if (Lexicon.NOISE.contains(w) || Lexicon.PLACE_VERBS.contains(w) || END_WORDS.contains(w)
                    || START_WORDS.contains(w) || REPLACE_WORDS.contains(w) || dateWords.contains(w)
                    || PAST.contains(w) || STATUS_WORDS.contains(w) || ELSEWHERE.contains(w) || w.equals("elsewhere")
                    || w.matches("\\d+") || Lexicon.VERBS.contains(w)) continue;
            free.add(tokens.get(i).stem());
        }
        boolean existence = type == Query.Type.YES_NO && words.size() > start + 1
                && words.get(start + 1).equals("there");
        boolean aboutAgreement = topics.isEmpty() && free.isEmpty() && (type == Query.Type.WHO
                ? words.contains("parties") || words.contains("party") || words.contains("signatories")
                : namesAgreement || words.stream().anyMatch(w -> Lexicon.AGREEMENT_WORDS.contains(w) || w.equals("it")));
        // "which agreements give anyone a ROFR?" asks for agreements, not parties or clauses
        boolean whichAgreements = !aboutAgreement && (type == Query.Type.WHAT || type == Query.Type.WHO)
                && words.size() > start + 1 && Set.of("agreements", "contracts", "deals").contains(words.get(start + 1));
        if (whichAgreements) type = Query.Type.WHAT;
        if (type == Query.Type.WHAT && FrameBuilder.asksAmount(words, start)) type = Query.Type.HOW_MUCH;
        FrameBuilder.Known[] known = new FrameBuilder.Known[tokens.size()];
        boolean subjectSeen = false;
        for (Found f : found) {
            boolean inPlace = placeFrom >= 0 && f.from > placeFrom && f.from < placeTo;
            Set<Entity> partyIds = f.of(Entity.Kind.PARTY);
            FrameBuilder.Known k;
            if (f.agreement != null) k = FrameBuilder.Known.AGREEMENT;
            else if (!partyIds.isEmpty() && f.entities.size() == partyIds.size() && !inPlace) {
                boolean isSubject = !subjectSeen && partyIds.iterator().next().id().equals(subject);
                subjectSeen |= isSubject;
                k = isSubject ? FrameBuilder.Known.SUBJECT : FrameBuilder.Known.PARTY;
            } else {
                boolean kindWord = f.to - f.from == 1 && f.entities.stream().allMatch(e -> e.kind() == Entity.Kind.CLAUSE_KIND);
                k = inPlace ? FrameBuilder.Known.PLACE : kindWord ? FrameBuilder.Known.KIND_VERB : FrameBuilder.Known.THING;
            }
            for (int i = f.from; i < f.to; i++) known[i] = k;
        }
        if (placeFrom >= 0) for (int i = placeFrom + 1; i < placeTo; i++) {
            if (known[i] == null && !Lexicon.NOISE.contains(words.get(i))) known[i] = FrameBuilder.Known.PLACE;
        }
        Frame frame = FrameBuilder.build(type, tokens, start, known, subject, partyAt, modalities, place,
                lower, asking(type, focus, words));
        return new Query(question, type, modalities, past, date, subject, List.copyOf(parties), List.copyOf(topics),
                List.copyOf(free), focus, place, elsewhere, existence, aboutAgreement, whichAgreements, frame);
    }

    private static final Set<String> LAW_WORDS = Set.of("law", "laws", "court", "courts", "jurisdiction", "statute");

    private static final Set<String> RULE_MODALS = Set.of("can", "could", "may", "might", "must", "shall", "should",
            "allowed", "permitted", "entitled", "able", "required");

    /**
     * The words that, in this kind of question, say what is asked rather than what it is about: "end"
     * in "when did X end" (but not in "can Acme end the NDA"), "hosted" in "where is X hosted".
     */
    private static Set<String> asking(Query.Type type, Query.Focus focus, List<String> words) {
        Set<String> out = new java.util.HashSet<>();
        boolean rule = words.stream().anyMatch(RULE_MODALS::contains);
        switch (type) {
            case WHEN, HOW_LONG -> { out.addAll(END_WORDS); out.addAll(START_WORDS); out.addAll(STATUS_WORDS);
                out.addAll(Set.of("period", "term", "time", "duration", "date", "day", "last", "first")); }
            case WHERE -> { out.addAll(Lexicon.PLACE_VERBS); out.addAll(STATUS_WORDS); out.addAll(Set.of("govern", "governs",
                    "governed", "construed", "interpreted")); }
            case YES_NO -> {
                if (!rule) { out.addAll(END_WORDS); out.addAll(START_WORDS); out.addAll(STATUS_WORDS); }
            }
            default -> { }
        }
        if (focus == Query.Focus.REPLACED_BY || focus == Query.Focus.REPLACES) out.addAll(REPLACE_WORDS);
        out.removeAll(Set.of("get", "got", "take", "took", "granted", "over", "since", "until"));
        return out;
    }

    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}]*");

    /** The words written with a capital, but the first: proper names, as a reader sees them. */
    private static Set<String> capitalised(String question) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = CAPITALISED.matcher(question.strip());
        while (m.find()) out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** One-letter typos, corrected against known words only: "hlds" → "holds", "refusl" → "refusal". */
    private List<Text.Token> correct(List<Text.Token> tokens) {
        List<Text.Token> out = new ArrayList<>(tokens.size());
        for (Text.Token t : tokens) {
            boolean questionWord = Stream.of(YES_NO, FrameBuilder.MODAL, Lexicon.PLACE_VERBS, END_WORDS, START_WORDS,
                    REPLACE_WORDS, STATUS_WORDS, PAST, Lexicon.AGREEMENT_WORDS, ELSEWHERE).anyMatch(set -> set.contains(t.word()));
            String fixed = questionWord ? t.word() : vocabulary.correct(t.word());
            // a word English has is not a typo of another ("state" is not "stake")
            if (!fixed.equals(t.word()) && isEnglish(t.word())) fixed = t.word();
            out.add(fixed.equals(t.word()) ? t : new Text.Token(fixed, Text.stem(fixed), t.possessive()));
        }
        return out;
    }

    /** Words that open a clause set before the question: "If the tenant defaults, can …", "After a change in control, does …". */
    private static final Set<String> FRONTED = Set.of("if", "unless", "when", "whenever", "while", "once", "after", "before",
            "upon", "following", "during", "absent", "without", "assuming", "provided", "in", "on", "at", "for");

    /**
     * A question that opens with a clause before a comma ("If X lets Y go without cause, for how long …")
     * is read with that clause last, where the frame looks for conditions; the question shown is as asked.
     */
    static String frontedLast(String question) {
        int comma = question.indexOf(',');
        if (comma <= 0 || comma + 1 >= question.length()) return question;
        String head = question.substring(0, comma).strip();
        String rest = question.substring(comma + 1).strip();
        String first = head.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (!FRONTED.contains(first) || rest.isEmpty()) return question;
        // the main question must start as one does: a question word or an auxiliary, else the comma is a list's
        String opener = rest.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        boolean asks = YES_NO.contains(opener) || Set.of("who", "whom", "whose", "what", "which", "where", "when", "how",
                "for", "to", "by", "until", "within").contains(opener);
        if (!asks) return question;
        String end = rest.endsWith("?") ? "?" : "";
        String main = end.isEmpty() ? rest : rest.substring(0, rest.length() - 1).strip();
        return main + " " + Character.toLowerCase(head.charAt(0)) + head.substring(1) + end;
    }

    private static boolean isEnglish(String word) {
        for (WordNet.Pos pos : WordNet.Pos.values()) if (WordNet.is(word, pos)) return true;
        return false;
    }

    private static int skipPoliteness(List<String> w) {
        int i = 0;
        while (i < w.size() && Set.of("please", "tell", "me", "us", "show", "so", "ok", "hey", "and", "then")
                .contains(w.get(i))) i++;
        return i < w.size() ? i : 0;
    }

    private static final Set<String> DATE_HEADS = Set.of("date", "day", "year", "month");
    private static final Set<String> SPAN_NOUNS = Set.of("notice", "time", "warning", "lead");
    private static final Set<String> TIME_UNITS = Set.of("hours", "days", "weeks", "months", "years", "business");
    private static final Set<String> PLACE_HEADS = Set.of("place", "platform", "cloud", "country", "location", "state",
            "states", "jurisdiction", "court", "courts", "region", "regions", "venue", "building", "premises",
            "address", "city", "site", "seat", "territory", "territories", "area", "areas", "countries", "cities",
            "locations", "places");

    private static Query.Type typeLater(List<String> w, int i) {
        for (int j = i + 1; j < w.size(); j++) {
            if (Set.of("who", "whom", "whose", "where", "when", "what", "which", "how").contains(w.get(j))) return type(w, j);
        }
        return Query.Type.WHAT;
    }

    private static Query.Type type(List<String> w, int i) {
        if (w.isEmpty()) return Query.Type.WHAT;
        String first = w.get(i);
        String second = i + 1 < w.size() ? w.get(i + 1) : "";
        switch (first) {
            case "who": case "whom": case "whose":
                return Query.Type.WHO;
            case "where":
                return Query.Type.WHERE;
            case "when":
                return Query.Type.WHEN;
            case "until": case "since": case "by":
                if (second.equals("when")) return Query.Type.WHEN;
                if ((second.equals("what") || second.equals("which")) && i + 2 < w.size() && DATE_HEADS.contains(w.get(i + 2)))
                    return Query.Type.WHEN;
                return first.equals("by") ? typeLater(w, i) : Query.Type.WHAT;
            case "how":
                if (second.equals("many") && i + 2 < w.size() && TIME_UNITS.contains(w.get(i + 2))) return Query.Type.HOW_LONG;
                // "how much notice", "how much time": a span of time, not an amount
                if (second.equals("much") && i + 2 < w.size() && SPAN_NOUNS.contains(w.get(i + 2))) return Query.Type.HOW_LONG;
                if (second.equals("much") || second.equals("many")) return Query.Type.HOW_MUCH;
                if (second.equals("long") || second.equals("soon") || second.equals("far") && w.contains("advance"))
                    return Query.Type.HOW_LONG;
                return Query.Type.WHAT;
            case "which": case "what": {
                // the head noun, past "is the": "what is the last day", "which state's law"
                int h = i + 1;
                while (h < w.size() && Set.of("is", "are", "was", "were", "the", "a", "an").contains(w.get(h))) h++;
                String head = h < w.size() ? w.get(h) : "";
                String next = h + 1 < w.size() ? w.get(h + 1) : "";
                if (head.equals("law") || head.equals("laws")) return Query.Type.WHERE;
                if (Set.of("party", "parties", "company", "companies", "side", "firm", "entity").contains(second))
                    return Query.Type.WHO;
                if (DATE_HEADS.contains(head) || DATE_HEADS.contains(next) && Set.of("last", "first", "end", "start",
                        "effective", "expiry", "expiration", "termination", "closing").contains(head)) return Query.Type.WHEN;
                if (PLACE_HEADS.contains(second) || PLACE_HEADS.contains(head) && h > i + 1) return Query.Type.WHERE;
                return Query.Type.WHAT;
            }
            default:
                if (YES_NO.contains(first)) return Query.Type.YES_NO;
                return typeLater(w, i);
        }
    }


    private static final Pattern PROHIBITION = Pattern.compile(
            ".* (must|may|can|shall|could|should|will|does|do|is|are)( \\S+){0,3} not .*"
            + "|.* not (allowed|permitted) .*|.* (prohibited|forbidden|barred|banned) .*");
    private static final Pattern OBLIGATION = Pattern.compile(
            ".* (must|shall|owe|owes|owed|obliged|obligated|required|needed|obligation|obligations) .*|.* (has|have|need|needs) to .*"
            // "who is responsible for shipping the samples": who must ship them
            + "|.* (responsible|liable) for .*");
    private static final Pattern PERMISSION = Pattern.compile(".* (may|can|could|allowed|permitted|able) .*");
    private static final Pattern RIGHT = Pattern.compile(
            ".* (hold|holds|held|has|have|had|get|gets|got|own|owns|owned|retain|retains|keep|keeps|kept|entitled|enjoy|enjoys) .*");

    /** The verb selects the modality: holds → right, must → obligation, must not → prohibition, may → permission. */
    static Set<Modality> modalities(List<String> w) {
        String s = " " + String.join(" ", w) + " ";
        if (PROHIBITION.matcher(s).matches()) return EnumSet.of(Modality.PROHIBITION);
        if (OBLIGATION.matcher(s).matches()) return EnumSet.of(Modality.OBLIGATION);
        // what one must do, one may do: "can" is answered by permissions, rights and obligations
        if (PERMISSION.matcher(s).matches()) return EnumSet.of(Modality.PERMISSION, Modality.RIGHT, Modality.OBLIGATION);
        if (RIGHT.matcher(s).matches()) return EnumSet.of(Modality.RIGHT, Modality.PERMISSION);
        return EnumSet.noneOf(Modality.class);
    }

    private static Query.Focus focus(List<String> w, Query.Type type) {
        if (type == Query.Type.WHAT || type == Query.Type.WHO) {
            int replace = -1;
            for (int i = 0; i < w.size(); i++) if (REPLACE_WORDS.contains(w.get(i))) { replace = i; break; }
            if (replace >= 0) {
                // "what replaced X" asks for the successor; "what did X replace" for the predecessor
                boolean auxiliaryFirst = w.size() > 1 && Set.of("did", "does", "do", "will").contains(w.get(1))
                        && replace > 2;
                boolean passive = replace > 0 && Set.of("was", "were", "is", "been").contains(w.get(replace - 1))
                        && w.contains("by");
                if (auxiliaryFirst && !w.contains("by")) return Query.Focus.REPLACES;
                if (passive) return Query.Focus.REPLACES;
                return Query.Focus.REPLACED_BY;
            }
        }
        if (type == Query.Type.WHEN || type == Query.Type.YES_NO) {
            // "when does the term run out": the phrasal verb's words are no end word alone
            boolean runsOut = false;
            for (int i = 0; i + 1 < w.size(); i++) {
                if (FrameBuilder.runsOut(w.get(i), w.get(i + 1))) runsOut = true;
            }
            if (runsOut || w.stream().anyMatch(END_WORDS::contains)) return Query.Focus.END;
            if (w.stream().anyMatch(START_WORDS::contains)) return Query.Focus.START;
        }
        return Query.Focus.NONE;
    }

    /** A phrase naming something: entities of the files, or (with none) the agreement itself. */
    private record Found(int from, int to, String text, Set<Entity> entities, boolean possessive, String agreement) {
        Set<Entity> of(Entity.Kind kind) {
            Set<Entity> out = new LinkedHashSet<>();
            for (Entity e : entities) if (e.kind() == kind) out.add(e);
            return out;
        }
    }

    /** Names by longest match; a name never takes in the word that asks when ("when does the period end"). */
    private List<Found> recognise(List<Text.Token> tokens, Set<String> asking) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found best = null;
            for (int len = Math.min(vocabulary.longestPhrase(), tokens.size() - i); len >= 1 && best == null; len--) {
                StringBuilder key = new StringBuilder();
                StringBuilder text = new StringBuilder();
                for (int j = i; j < i + len; j++) {
                    if (j > i) { key.append(' '); text.append(' '); }
                    key.append(tokens.get(j).stem());
                    text.append(tokens.get(j).word());
                }
                // "his own consulting firm": own after a possessive is emphasis, not ownership
                boolean emphasis = len == 1 && tokens.get(i).word().equals("own") && i > 0
                        && Set.of("his", "her", "its", "their", "our", "my", "your").contains(tokens.get(i - 1).word());
                if (len > 1 && asking.contains(tokens.get(i + len - 1).word())) continue;
                boolean filler = len == 1 && (Lexicon.NOISE.contains(tokens.get(i).word())
                        || FrameBuilder.MODAL.contains(tokens.get(i).word()) || emphasis);
                // the agreement's own names first: "the NDA" is this agreement, not any confidentiality clause
                String agreement = filler ? null : vocabulary.agreementNamed(key.toString());
                Set<Entity> es = agreement != null ? Set.of() : vocabulary.lookup(key.toString());
                // a filler word names nothing, unless a file calls a party by it ("the Company")
                if (filler && !es.stream().allMatch(e -> e.kind() == Entity.Kind.PARTY)) continue;
                if (!es.isEmpty() || agreement != null)
                    best = new Found(i, i + len, text.toString(), es, tokens.get(i + len - 1).possessive(), agreement);
            }
            if (best != null) {
                out.add(best);
                i = best.to;
            } else {
                i++;
            }
        }
        return out;
    }
}
