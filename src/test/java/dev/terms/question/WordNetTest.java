package dev.terms.question;

import static dev.terms.question.WordNet.Pos.ADJECTIVE;
import static dev.terms.question.WordNet.Pos.NOUN;
import static dev.terms.question.WordNet.Pos.VERB;
import static dev.terms.question.WordNet.Relation.BROADER;
import static dev.terms.question.WordNet.Relation.DERIVED;
import static dev.terms.question.WordNet.Relation.NARROWER;
import static dev.terms.question.WordNet.Relation.SAME;
import static dev.terms.question.WordNet.Relation.SYNONYM;
import static dev.terms.question.WordNet.Relation.UNKNOWN;
import static dev.terms.question.WordNet.Relation.UNRELATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.question.WordNet.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetTest {

    private static Relation verbs(String asked, String stated) {
        return WordNet.relate(asked, stated, VERB);
    }

    @Test
    void theseVerbsShareASense() {
        assertEquals(SYNONYM, verbs("end", "terminate"));
        assertEquals(SYNONYM, verbs("hire", "employ"));
        assertEquals(SYNONYM, verbs("buy", "purchase"));
        assertEquals(SYNONYM, verbs("replace", "supersede"));
        assertEquals(SYNONYM, verbs("take part", "participate"));
        assertEquals(SYNONYM, verbs("terminated", "ended"));
    }

    @Test
    void payAndCompensateOfferAndProvideAreOneStepApartInTheSensesKept() {
        // they share a synset only in later senses (pay 5 = compensate 5; offer 10 = provide 4), which the
        // table does not keep; their first senses are one hypernym step apart
        assertEquals(NARROWER, verbs("pay", "compensate"));
        assertEquals(BROADER, verbs("offer", "provide"));
        // in contracts, compensation is payment for services: the contract lexicon says so
        assertEquals(new Synonyms.Link(SYNONYM, source("compensate", "pay")), Synonyms.relate("pay", "compensate", VERB));
    }

    @Test
    void aRightToUseIsNotARightToSellAndWordsUnderOneHypernymAreNotSynonyms() {
        assertEquals(UNRELATED, verbs("sell", "use"));
        assertEquals(UNRELATED, verbs("integrate", "use"));
        assertEquals(UNRELATED, verbs("train", "run")); // they meet only two steps up, at "direct"
        assertEquals(UNRELATED, verbs("sell", "distribute"));
        assertEquals(UNRELATED, verbs("distribute", "sell"));
        assertEquals(UNRELATED, verbs("cancel", "terminate")); // they meet at "remove"
    }

    @Test
    void oneHypernymStepEitherWay() {
        assertEquals(BROADER, verbs("resell", "sell"));
        assertEquals(NARROWER, verbs("sell", "resell"));
        assertEquals(BROADER, verbs("remit", "pay"));
    }

    @Test
    void adjectivesAndNounsToo() {
        assertEquals(SYNONYM, WordNet.relate("exclusive", "sole", ADJECTIVE));
        assertEquals(SYNONYM, WordNet.relate("warranties", "guarantee", NOUN));
        assertEquals(UNRELATED, WordNet.relate("fee", "royalty", NOUN));
    }

    @Test
    void aVerbAndItsNounAreDerived() {
        assertEquals(DERIVED, verbs("terminate", "termination"));
        assertEquals(DERIVED, verbs("pays", "payment"));
        assertEquals(DERIVED, WordNet.relate("termination", "terminated", NOUN));
        assertEquals(SAME, verbs("license", "licensing"));
        assertEquals(SAME, verbs("sold", "sells"));
    }

    @Test
    void morphyFindsTheLemma() {
        assertEquals(List.of("sell"), WordNet.lemmas("sold", VERB));
        assertTrue(WordNet.lemmas("licensing", VERB).contains("license"));
        assertEquals(List.of("terminate"), WordNet.lemmas("terminated", VERB));
        assertEquals(List.of("company"), WordNet.lemmas("companies", NOUN));
        assertEquals(List.of("pay"), WordNet.lemmas("paid", VERB));
        assertEquals(List.of("bring"), WordNet.lemmas("brought", VERB));
        assertEquals(List.of("child"), WordNet.lemmas("children", NOUN));
        assertEquals(List.of("take part"), WordNet.lemmas("took part", VERB));
        assertEquals(List.of("take part"), WordNet.lemmas("Taking  Part", VERB));
        assertTrue(WordNet.lemmas("better", ADJECTIVE).contains("good"));
        assertTrue(WordNet.lemmas("bigger", ADJECTIVE).contains("big"));
        assertEquals(List.of("box"), WordNet.lemmas("boxes", NOUN));
        assertEquals(List.of("church"), WordNet.lemmas("churches", NOUN));
        assertTrue(WordNet.lemmas("men", NOUN).contains("man"));
        assertEquals(List.of("supply"), WordNet.lemmas("supplies", VERB));
        assertEquals(List.of(), WordNet.lemmas("software", VERB));
    }

    @Test
    void partsOfSpeechTellVerbsFromNouns() {
        assertTrue(WordNet.is("license", VERB));
        assertTrue(WordNet.is("license", NOUN));
        assertFalse(WordNet.is("sublicensed", VERB));
        assertTrue(WordNet.is("software", NOUN));
        assertFalse(WordNet.is("software", VERB));
        assertTrue(WordNet.is("exclusive", ADJECTIVE));
        assertFalse(WordNet.is("Microsoft", NOUN));
    }

    @Test
    void aWordNotInTheLexiconIsUnknown() {
        assertEquals(UNKNOWN, verbs("frobnicate", "use"));
        assertEquals(UNKNOWN, verbs("use", "frobnicate"));
        assertEquals(UNKNOWN, verbs("sublicense", "license"));
        assertEquals(UNKNOWN, WordNet.relate("", "use", VERB));
        assertEquals(UNKNOWN, WordNet.relate("café", "use", VERB));
    }

    @Test
    void contractUsageComesFromTheContractLexicon() {
        assertEquals(UNRELATED, verbs("host", "run"));
        assertEquals(new Synonyms.Link(SYNONYM, source("host", "run")), Synonyms.relate("host", "run", VERB));
        assertEquals(UNRELATED, verbs("poach", "solicit"));
        assertEquals(new Synonyms.Link(SYNONYM, source("poach", "solicit")), Synonyms.relate("poaching", "solicits", VERB));
        assertEquals(BROADER, Synonyms.relate("sublicensed", "licenses", VERB).relation());
        assertEquals(NARROWER, Synonyms.relate("license", "sublicense", VERB).relation());
        // WordNet puts termination and expiration in one synset; a contract does not
        assertEquals(SYNONYM, WordNet.relate("termination", "expiration", NOUN));
        assertEquals(UNRELATED, Synonyms.relate("termination", "expiration", NOUN).relation());
        assertEquals(SYNONYM, verbs("assign", "delegate"));
        assertEquals(UNRELATED, Synonyms.relate("assigned", "delegated", VERB).relation());
    }

    @Test
    void withoutAContractEntryWordNetAnswers() {
        assertEquals(new Synonyms.Link(SYNONYM, Synonyms.WORDNET), Synonyms.relate("buy", "purchase", VERB));
        assertEquals(new Synonyms.Link(UNRELATED, Synonyms.WORDNET), Synonyms.relate("sell", "use", VERB));
    }

    @Test
    void everyContractEntryHasARelationAndASource() throws IOException {
        for (String[] f : contractEntries()) {
            assertEquals(4, f.length, String.join("|", f));
            assertTrue(f[3].length() > 20, "a source for " + f[0] + "~" + f[1]);
            Relation stated = Relation.valueOf(f[2]);
            assertNotEquals(UNKNOWN, stated);
            assertNotEquals(SAME, stated);
        }
    }

    private static String source(String asked, String stated) {
        try {
            for (String[] f : contractEntries()) if (f[0].equals(asked) && f[1].equals(stated)) return f[3];
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no entry " + asked + "~" + stated);
    }

    private static List<String[]> contractEntries() throws IOException {
        try (InputStream in = WordNet.class.getResourceAsStream("contract-lexicon.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
