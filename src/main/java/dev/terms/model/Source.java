package dev.terms.model;

/**
 * A document the clauses come from. {@code file}, when given, is the document's own text (a path
 * relative to the terms file): {@code terms verify} finds each clause's quotation in it.
 */
public record Source(String id, String title, String url, String date, String file) {}
