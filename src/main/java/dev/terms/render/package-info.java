/**
 * Output: the JSON shape of everything the tool prints, the data formats (JSON, NDJSON, YAML),
 * text, tables and markdown for people, the graph, SARIF, TAP and JUnit XML ({@code terms test}), and
 * what {@code terms verify} found.
 * Imports the pipeline below it
 * ({@code model}, {@code expect}, {@code load}, {@code question}, {@code answer}, {@code change}, {@code check},
 * {@code quote}),
 * never the application layer or a front end.
 */
package dev.terms.render;
