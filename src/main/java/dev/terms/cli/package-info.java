/**
 * The command line: picocli commands only, each reading its options and running on the
 * application layer, plus the one factory ({@link dev.terms.cli.Cli}) that builds the command
 * tree and maps failures to exit statuses. Imports the application layer and everything below
 * it; never the session ({@code repl}), which Main hands in.
 */
package dev.terms.cli;
