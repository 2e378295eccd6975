package dev.terms.answer;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work on a large corpus that can go on beside other work (indexing while the question
 * vocabulary is built): a task started on a daemon thread, or run by the first to need it.
 */
public final class Background<T> {

    /** From this many clauses on, indexing work is worth a second core. */
    public static final int FROM_CLAUSES = 20_000;

    private final FutureTask<T> task;

    public Background(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** Starts the work on its own thread when the corpus is large enough to gain from it. */
    public Background<T> startIf(boolean large, String name) {
        if (large) {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    /** The result: waited for when it is being made elsewhere, made here when nobody started it. */
    public T get() {
        task.run(); // returns at once when done, or running on another thread
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }
}
