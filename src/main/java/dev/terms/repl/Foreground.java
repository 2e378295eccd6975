package dev.terms.repl;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;

/**
 * The line running in the foreground of a terminal session, on a worker thread of its own, so
 * that Ctrl-C can cancel it while the prompt's thread waits: the worker is interrupted and, as
 * loading and answering need not stop at an interrupt, abandoned. What it writes after that is
 * dropped ({@link #gate}), so nothing of a cancelled line shows once the prompt is back.
 */
final class Foreground {

    /** The status of a cancelled line: 128 + SIGINT, as a shell reports a command Ctrl-C stopped. */
    static final int CANCELLED = 130;

    /** The thread whose writes reach the terminal: the current line's worker, none once it is cancelled. */
    private volatile Thread owner;
    private volatile Thread running;
    private volatile CountDownLatch finished;
    private volatile boolean cancelled;
    private volatile Thread abandoned;
    private int lines;

    /** A writer onto {@code to} that passes only what the foreground line writes. */
    Writer gate(Writer to) {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                if (Thread.currentThread() == owner) to.write(buf, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (Thread.currentThread() == owner) to.flush();
            }

            @Override
            public void close() {}
        };
    }

    /**
     * Runs {@code line} on a new worker thread and waits for it: its status, or {@link #CANCELLED}
     * when {@link #cancel} came first (the worker may still be running then; it writes nothing more).
     */
    int run(IntSupplier line) {
        int[] status = {0};
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                status[0] = line.getAsInt();
            } finally {
                done.countDown();
            }
        }, "terms-line-" + ++lines);
        worker.setDaemon(true); // an abandoned line never keeps the process from ending
        cancelled = false;
        owner = worker;
        finished = done;
        running = worker;
        worker.start();
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                // the prompt's thread is not the one to stop: Ctrl-C comes through cancel()
            }
        }
        running = null;
        return cancelled ? CANCELLED : status[0];
    }

    /** Ctrl-C: stops the foreground line, if one is running; true when one was. */
    boolean cancel() {
        Thread worker = running;
        CountDownLatch done = finished;
        if (worker == null || done == null || done.getCount() == 0) return false;
        cancelled = true;
        owner = null;
        abandoned = worker;
        worker.interrupt();
        done.countDown(); // the waiting thread returns now, whether or not the worker heeds the interrupt
        return true;
    }

    /**
     * Whether a cancelled line is still running: its command objects are then in use, and the
     * next line needs a command tree of its own.
     */
    boolean abandonedRunning() {
        Thread a = abandoned;
        return a != null && a.isAlive();
    }
}
