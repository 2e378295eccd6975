/**
 * The process entry point ({@link dev.terms.Main}): the only class that touches the real
 * streams, environment and exit status, and the one that wires the front ends together. It may
 * import any package.
 */
package dev.terms;
