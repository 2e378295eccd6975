package dev.terms.question;

import dev.terms.model.Modality;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question as a typed query: what kind of answer it wants, about whom, under which modality,
 * on which topic, as of when. Built by {@link QueryParser}; printed by {@code --explain}.
 */
public record Query(
        String question,
        Type type,
        Set<Modality> modalities,
        boolean past,
        LocalDate asOf,
        String subject,
        List<String> parties,
        List<Mention> topics,
        List<String> words,
        Focus focus,
        Mention place,
        boolean elsewhere,
        boolean existence,
        boolean aboutAgreement,
        boolean whichAgreements,
        Frame frame) {

    /** Longer questions are not read: no real question is this long, and reading one costs time. */
    public static final int MAX_CHARS = 2000;

    public boolean tooLong() {
        return question.length() > MAX_CHARS;
    }

    public enum Type {
        WHO, WHAT, WHERE, WHEN, HOW_MUCH, HOW_LONG, YES_NO;

        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What part of a clause the question is after, beyond its type. */
    public enum Focus {
        NONE, START, END, REPLACED_BY, REPLACES;

        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A phrase of the question that names things in the files: its words and what they may refer to. */
    public record Mention(String text, Set<Entity> entities) {}

    /** Whether the question names anything for a clause to be about. */
    public boolean hasTopic() {
        return !topics.isEmpty() || !words.isEmpty();
    }
}
