/**
 * How agreements change: the dated history of clauses and events, what changed between two
 * dates, between two versions of a file, and for each party. Imports only {@code model}.
 */
package dev.terms.change;
