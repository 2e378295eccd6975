package dev.terms.expect;

import java.util.List;

/** A questions file: where it is (as shown to the user) and its questions, in file order. */
public record QuestionsFile(String file, List<Expectation> questions) {

    /** The questions file beside a terms file: {@code NAME.questions.yaml} for {@code NAME.yaml} or {@code NAME.yml}. */
    public static String beside(String termsFile) {
        String stem = termsFile.replaceFirst("\\.(yaml|yml)$", "");
        return stem + SUFFIX;
    }

    public static final String SUFFIX = ".questions.yaml";

    /** Whether a file name is a questions file's, so a directory of terms files does not read it as one. */
    public static boolean named(String fileName) {
        return fileName.endsWith(SUFFIX) || fileName.endsWith(".questions.yml");
    }
}
