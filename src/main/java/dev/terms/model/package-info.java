/**
 * The agreement as data: immutable records for agreements, parties, definitions, events and
 * clauses, their locations in the file, and a clause's status at a date (the format's rules,
 * {@link dev.terms.model.Timeline}). Every other package shares this vocabulary; it imports no
 * other package of the tool.
 */
package dev.terms.model;
