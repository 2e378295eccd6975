/**
 * Reading terms files into the model: finding and reading files within bounds
 * ({@code TermsFiles}, {@code Bounded}), the YAML parser's events onto a compact tape
 * ({@code YamlReader}, {@code Tape}), the tape into records with every structural diagnostic
 * ({@code Decoder}), what must hold between the parts ({@code References}), located
 * diagnostics with stable codes, and the on-disk cache of parsed large files. {@code
 * TermsLoader} runs these steps; none keeps anything between calls. Also questions files ({@code
 * terms test}) into {@code expect}'s records ({@code QuestionsLoader}). Imports only {@code model}
 * and {@code expect}.
 */
package dev.terms.load;
