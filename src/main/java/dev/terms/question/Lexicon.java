package dev.terms.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the tool knows without any file: the clause-kind vocabulary with the everyday names
 * people use for each kind, and the function words of questions. Keyed by kind id.
 */
public final class Lexicon {

    private Lexicon() {}

    public static final Map<String, List<String>> KINDS = kinds();

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("right-of-first-refusal", List.of("right of first refusal", "ROFR", "first refusal", "first option",
                "first dibs", "first call", "refusal right", "right to match"));
        k.put("right-of-first-offer", List.of("right of first offer", "ROFO", "first offer"));
        k.put("right-of-first-negotiation", List.of("right of first negotiation", "ROFN", "first negotiation"));
        k.put("exclusivity", List.of("exclusivity", "exclusive", "exclusively", "sole provider", "only provider"));
        k.put("non-compete", List.of("non-compete", "noncompete", "non competition", "covenant not to compete"));
        k.put("non-solicitation", List.of("non-solicitation", "non-solicit", "no poach", "no-poach"));
        k.put("most-favored-nation", List.of("most favored nation", "most favoured nation", "MFN", "best price"));
        k.put("license-grant", List.of("license", "licence", "license grant", "licence grant", "licensed",
                "licenced", "rights to use"));
        k.put("ip-ownership", List.of("ip ownership", "ownership of ip", "intellectual property ownership",
                "ownership", "own", "owns", "owned", "owner"));
        k.put("revenue-share", List.of("revenue share", "revenue sharing", "share revenue", "profit sharing",
                "share profits", "share profit", "royalty", "royalties"));
        k.put("minimum-commitment", List.of("minimum commitment", "minimum purchase", "spend commitment",
                "commitment", "committed"));
        k.put("investment", List.of("investment", "investor", "invest", "invested", "backer", "funding", "stake"));
        k.put("governance", List.of("governance", "board seat", "seat on the board", "board observer", "observer seat",
                "director"));
        k.put("change-of-control", List.of("change of control", "acquisition", "merger"));
        k.put("anti-assignment", List.of("anti-assignment", "assignment", "assign"));
        k.put("termination", List.of("termination", "terminate", "cancellation", "cancel"));
        k.put("renewal", List.of("renewal", "renew", "extension", "auto-renewal"));
        k.put("governing-law", List.of("governing law", "applicable law", "law governs", "jurisdiction"));
        k.put("dispute-resolution", List.of("dispute resolution", "dispute", "disputes", "arbitration"));
        k.put("audit-rights", List.of("audit rights", "audit", "inspection"));
        k.put("liability-cap", List.of("liability cap", "cap on liability", "limitation of liability", "liability"));
        k.put("warranty", List.of("warranty", "warranties", "guarantee"));
        k.put("insurance", List.of("insurance", "insured"));
        k.put("confidentiality", List.of("confidentiality", "confidential", "NDA", "non-disclosure"));
        k.put("payment", List.of("payment", "payments", "fee", "fees", "pay"));
        k.put("price-restriction", List.of("price restriction", "price increase", "price cap"));
        k.put("volume-restriction", List.of("volume restriction", "volume cap"));
        k.put("covenant-not-to-sue", List.of("covenant not to sue", "not to sue"));
        k.put("third-party-beneficiary", List.of("third party beneficiary", "third-party beneficiary"));
        k.put("post-termination-services", List.of("post-termination services", "transition services"));
        k.put("source-code-escrow", List.of("source code escrow", "escrow"));
        k.put("joint-ip-ownership", List.of("joint ip ownership", "joint ownership", "jointly owned"));
        k.put("non-disparagement", List.of("non-disparagement", "disparage", "disparagement"));
        k.put("indemnification", List.of("indemnification", "indemnify", "indemnity", "hold harmless"));
        k.put("uncapped-liability", List.of("uncapped liability", "unlimited liability"));
        k.put("liquidated-damages", List.of("liquidated damages", "penalty"));
        k.put("non-transferable-license", List.of("non-transferable license", "non-transferable licence"));
        k.put("affiliate-license-licensor", List.of("affiliate license licensor"));
        k.put("affiliate-license-licensee", List.of("affiliate license licensee", "affiliate license"));
        k.put("unlimited-license", List.of("unlimited license", "all-you-can-eat license", "enterprise license"));
        k.put("irrevocable-license", List.of("irrevocable license", "perpetual license", "perpetual licence"));
        k.put("competitive-restriction-exception", List.of("competitive restriction exception", "carve-out",
                "carve out"));
        return k;
    }

    /** Verbs that ask where a thing happens; they carry no topic of their own. */
    public static final Set<String> PLACE_VERBS = Set.of("host", "hosted", "hosts", "hosting", "run", "runs",
            "running", "ran", "located", "live", "lives", "deployed", "deploy", "served", "serve", "available",
            "happen", "happens", "take", "place", "performed", "perform", "done", "based", "seated", "situated",
            "brought", "bring", "filed", "heard", "decided");

    /** Words for the agreement itself, whatever it is called. */
    public static final Set<String> AGREEMENT_WORDS = Set.of("agreement", "contract", "deal", "partnership");

    /** Verbs and nouns that say which modality a question asks about; they carry no topic. */
    public static final Set<String> VERBS = Set.of("must", "shall", "owe", "owes", "owed", "duty", "obligation",
            "obligations", "may", "can", "could", "allowed", "permitted", "prohibited", "forbidden", "barred",
            "entitled", "need", "needs", "required", "hold", "holds", "held", "have", "has", "had", "own", "owns",
            "get", "gets", "retain", "retains", "enjoy", "enjoys", "able", "permission", "obligated", "obliged");

    /** Words that carry no topic: articles, pronouns, auxiliaries, politeness, and filler about the deal. */
    public static final Set<String> NOISE = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with",
            "from", "and", "or", "as", "it", "its", "it's", "they", "their", "them", "he", "she", "his", "her", "this",
            "that", "these", "those", "there", "any", "anyone", "anybody", "someone", "somebody", "some", "all",
            "please", "tell", "me", "us", "we", "our", "you", "your", "i", "know", "show", "list", "give", "find",
            "which", "who", "whom", "whose", "what", "where", "when", "how", "why", "is", "are", "was", "were", "be",
            "been", "being", "am", "do", "does", "did", "done", "will", "would", "should", "could", "might", "shall",
            "can", "may", "must", "has", "have", "had", "having", "get", "gets", "got", "hold", "holds", "held",
            "party", "parties", "side", "company", "companies", "one", "ones", "still", "ever", "currently", "now",
            "today", "already", "yet", "also", "under", "deal", "agreement", "contract", "terms", "about", "into",
            "than", "then", "right", "rights", "entitled", "allowed", "permitted", "required", "obliged",
            "obligated", "not", "no", "yes", "so", "if", "whether", "historically", "previously", "formerly",
            "originally", "before", "after", "since", "until", "between", "towards", "toward", "upon", "via",
            "through", "thing", "things", "anything", "something", "else", "exactly", "actually", "really",
            "kind", "sort", "type", "clause", "clauses", "provision", "provisions", "over", "again", "more",
            "much", "many", "long", "just", "only", "even",
            "used", "across", "every", "each", "agreements", "contracts", "deals");
}
