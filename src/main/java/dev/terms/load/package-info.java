/**
 * Reading terms files into the model: bounded file access, YAML into a located tree, the tree
 * into records, located diagnostics with stable codes, and the on-disk cache of parsed large
 * files. Imports only {@code model}.
 */
package dev.terms.load;
