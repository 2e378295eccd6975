package dev.terms.render;

/**
 * An answer's sentence as printed: it starts with a capital, whatever the name it starts with
 * ("the Customer must pay" is "The Customer must pay"), unless that name is written with a small first
 * letter on purpose ("iMine"). The engine composes sentences from the
 * file's names as written; every output that prints one goes through here.
 */
public final class Sentence {

    private Sentence() {}

    public static String of(String sentence) {
        if (sentence == null || sentence.isEmpty()) return sentence;
        int first = sentence.codePointAt(0);
        if (!Character.isLowerCase(first)) return sentence;
        // a name written with a small first letter stays so: "iMine may audit", "eBay must pay"
        int end = sentence.indexOf(' ');
        if ((end < 0 ? sentence : sentence.substring(0, end)).codePoints().skip(1).anyMatch(Character::isUpperCase))
            return sentence;
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(sentence, Character.charCount(first), sentence.length()).toString();
    }
}
