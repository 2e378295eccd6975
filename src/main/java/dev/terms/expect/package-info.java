/**
 * Questions files ({@code terms test}): a question, the date it is asked for, and the answer it
 * must get; whether an answer (the JSON answer of {@code ask -o json}) is that one; an answer
 * written back as an entry. Plain data and comparisons: imports only {@code model}.
 */
package dev.terms.expect;
