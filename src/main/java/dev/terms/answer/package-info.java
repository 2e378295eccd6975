/**
 * Answering a question: the index of candidate clauses, unification of the question's frame with
 * each clause's, the yes/no decision table, one projection per answer type, and the result with
 * its sentences and supporting clauses. Imports {@code model} and {@code question}, never
 * rendering or a front end.
 */
package dev.terms.answer;
