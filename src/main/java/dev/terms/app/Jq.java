package dev.terms.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.Function;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.PathOutput;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * --jq: a jq expression over the JSON a command prints, run in-process. Strings print raw, as gh
 * does. What it emits is printed as it comes, not kept. An expression is a program, so it runs
 * within limits: {@link #MAX_RANGE} values from {@code range} in a run (the generator that
 * makes loops: {@code [range(1e9)]}, {@code reduce range(1e9) ...}), {@link #MAX_OUTPUT}
 * characters printed, {@link #MAX_MILLIS} of time, and the stack (a recursion without end).
 * Past any of them the run stops with exit 2, as a bad expression does.
 */
final class Jq {

    static final int MAX_RANGE = 200_000; // as many as the clauses a file may hold
    static final long MAX_OUTPUT = 64L * 1024 * 1024;
    static final long MAX_MILLIS = 5_000;

    private Jq() {}

    /** A limit reached: carried through jackson-jq as its own exception type. */
    private static final class Stop extends JsonQueryException {
        /** Not an error: the reader went away (a closed pipe, a full disk: the caller says which). */
        final boolean quiet;

        Stop(String message) {
            this(message, false);
        }

        Stop(String message, boolean quiet) {
            super(message);
            this.quiet = quiet;
        }
    }

    /** What one run has used, checked at every value range makes and every value printed. */
    private static final class Budget {
        final long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
        long range;
        long printed;
        long lines;
        volatile boolean cancelled;

        void tick() throws Stop {
            if (cancelled || System.nanoTime() > deadline) throw new Stop("stopped after " + MAX_MILLIS + " ms");
        }
    }

    static void run(String expression, Object tree, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper();
        Scope root = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_7, root);
        Budget budget = new Budget();
        for (int n = 1; n <= 3; n++) {
            Function range = root.getFunction("range", n);
            if (range == null) continue;
            root.addFunction("range", n, (scope, args, in, path, output, version) ->
                    range.apply(scope, args, in, path, counted(output, budget), version));
        }
        JsonQuery query;
        try {
            query = JsonQuery.compile(expression, Versions.JQ_1_7);
        } catch (JsonQueryException e) {
            throw new TermsException(Exit.USAGE, "bad --jq expression: " + e.getMessage());
        }
        JsonNode input = mapper.valueToTree(tree);
        Throwable[] failed = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                query.apply(Scope.newChildScope(root), input, (JsonNode n) -> {
                    budget.tick();
                    String line = n.isTextual() ? n.asText() : n.toString();
                    budget.printed += line.length() + 1;
                    if (budget.printed > MAX_OUTPUT) throw new Stop("more than " + MAX_OUTPUT + " characters of output");
                    out.println(line);
                    // checkError flushes: once a thousand lines, not a system call a line
                    if (++budget.lines % 1000 == 0 && out.checkError()) throw new Stop("output closed", true);
                });
            } catch (Throwable t) {
                failed[0] = t;
            }
        }, "terms-jq", 16L << 20);
        worker.setDaemon(true); // a regular expression that never ends cannot be stopped, only left
        worker.start();
        try {
            worker.join(MAX_MILLIS + 200);
        } catch (InterruptedException e) {
            budget.cancelled = true;
            Thread.currentThread().interrupt();
            throw new TermsException(130, "--jq: interrupted");
        }
        if (worker.isAlive()) {
            budget.cancelled = true;
            throw new TermsException(Exit.USAGE, "--jq: stopped after " + MAX_MILLIS + " ms; the limit is " + MAX_MILLIS);
        }
        out.flush();
        Throwable t = failed[0];
        if (t == null || t instanceof Stop s && s.quiet) return;
        if (t instanceof StackOverflowError) throw new TermsException(Exit.USAGE, "--jq: the expression recurses too deeply");
        if (t instanceof OutOfMemoryError) throw new TermsException(Exit.USAGE, "--jq: the expression needs more memory than there is");
        if (t instanceof JsonQueryException e) throw new TermsException(Exit.USAGE, "--jq: " + e.getMessage());
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    private static PathOutput counted(PathOutput output, Budget budget) {
        return (node, path) -> {
            if (++budget.range > MAX_RANGE) {
                throw new Stop("more than " + MAX_RANGE + " values from range; the limit is " + MAX_RANGE);
            }
            budget.tick();
            output.emit(node, path);
        };
    }
}
