package dev.terms.load;

/**
 * What the loader accepts before refusing a file. Set explicitly, because YAML parsers are
 * easy to exhaust: a very long line costs memory quadratic in its length, deep nesting
 * exhausts the stack, and aliases can expand exponentially (billion laughs).
 */
public record Limits(long maxFileBytes, int maxLineChars, int maxDepth, int maxAliases, long maxExpandedNodes,
        int maxStringChars, int maxClauses) {

    public static final Limits DEFAULT = new Limits(
            64L * 1024 * 1024, // 64 MiB: room for 100,000 clauses
            64 * 1024,         // 64 Ki characters a line
            32,                // the format needs 5 levels
            1_000,             // alias uses in one file
            5_000_000,         // nodes after alias expansion
            1024 * 1024,       // 1 Mi characters in one string
            200_000);          // clauses in one file
}
