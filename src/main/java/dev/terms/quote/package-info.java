/**
 * Quotations checked against the contract's own text ({@code terms verify}): a clause's
 * {@code text} found in the file its source names, with whitespace, curly quotes and ellipses
 * tolerated, or the closest passage with the difference marked. Imports {@code model} and
 * {@code load} (bounded file reading).
 */
package dev.terms.quote;
