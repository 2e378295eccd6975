/**
 * Reading a question: the text into tokens and stems, the files' names and the built-in kind
 * lexicon, WordNet's words and relations, and the question as a typed query and a frame of slots.
 * Imports only {@code model}.
 */
package dev.terms.question;
