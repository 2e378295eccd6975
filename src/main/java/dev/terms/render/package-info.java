/**
 * Output: the JSON shape of everything the tool prints, the data formats (JSON, NDJSON, YAML),
 * text, tables and markdown for people, the graph, SARIF, and TAP and JUnit XML ({@code terms test}).
 * Imports the pipeline below it
 * ({@code model}, {@code expect}, {@code load}, {@code question}, {@code answer}, {@code change}, {@code lint}),
 * never the application layer or a front end.
 */
package dev.terms.render;
