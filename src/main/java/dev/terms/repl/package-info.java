/**
 * The interactive session: its settings and loop, JLine's line editor, completion and
 * highlighting, and the history file. It runs each line through a command tree handed in by
 * Main, so it imports the application layer and below, never {@code cli}.
 */
package dev.terms.repl;
