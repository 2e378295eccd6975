/**
 * The findings of {@code terms check} beyond what loading rejects: contradictions between clauses
 * and what a file leaves unused or unsaid, as located diagnostics with stable rule codes. Imports
 * {@code model}, {@code load} (its diagnostics) and {@code question} (the kind lexicon).
 */
package dev.terms.check;
