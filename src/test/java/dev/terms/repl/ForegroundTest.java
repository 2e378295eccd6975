package dev.terms.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.terms.Run;
import dev.terms.app.Io;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ctrl-C in a terminal session, without the terminal: the foreground line cancelled from another thread. */
class ForegroundTest {

    private final StringWriter screen = new StringWriter();

    @Test
    void aLineThatEndsGivesItsStatusAndAllItsOutput() {
        Foreground fg = new Foreground();
        PrintWriter out = new PrintWriter(fg.gate(screen));
        assertEquals(1, fg.run(() -> {
            out.println("all of it");
            out.flush();
            return 1;
        }));
        assertEquals("all of it\n", screen.toString());
        assertFalse(fg.cancel(), "nothing runs: nothing to cancel");
    }

    @Test
    void aCancelledLineReturnsAtOnceAndWhatItWritesLaterIsDropped() throws Exception {
        Foreground fg = new Foreground();
        PrintWriter out = new PrintWriter(fg.gate(screen));
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> fg.run(() -> {
            out.println("partial");
            out.flush();
            started.countDown();
            // a line that does not heed the interrupt, as loading a large file does not
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    // go on regardless
                }
            }
            out.println("late");
            out.flush();
            return 0;
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(fg.cancel());
        assertEquals(Foreground.CANCELLED, status.get(10, TimeUnit.SECONDS), "the prompt does not wait for the line");
        assertTrue(fg.abandonedRunning());
        release.countDown();
        for (int i = 0; i < 500 && fg.abandonedRunning(); i++) Thread.sleep(10);
        assertFalse(fg.abandonedRunning());
        assertEquals("partial\n", screen.toString(), "nothing of the cancelled line after the cancel");
    }

    @Test
    void theSessionGoesOnAfterACancelledLine() throws Exception {
        // `ask --batch` waits for standard input that does not come: a line that runs until cancelled
        PipedWriter keyboard = new PipedWriter();
        Foreground fg = new Foreground();
        PrintWriter gated = new PrintWriter(fg.gate(screen));
        Io io = new Io(new BufferedReader(new PipedReader(keyboard)), gated, gated, false, Map.of(), Run.ROOT,
                () -> Run.TODAY);
        Session s = new Session(io, List.of(), (o, cache) -> dev.terms.cli.Cli.commandLine(o, cache, null));
        StringWriter notices = new StringWriter();
        PrintWriter terminal = new PrintWriter(notices);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                () -> Terminal.runLine(s, fg, terminal, "ask --batch"));
        Thread.sleep(300);
        for (int i = 0; i < 100 && !fg.cancel(); i++) Thread.sleep(50);
        assertEquals(Foreground.CANCELLED, status.get(10, TimeUnit.SECONDS));
        assertEquals("\nCancelled.\n", notices.toString());
        try {
            keyboard.write("who has the rofr\n"); // too late: the cancelled line may read it, but shows nothing
            keyboard.close();
        } catch (java.io.IOException e) {
            // the cancelled line heeded the interrupt and is gone: nobody reads the pipe
        }
        assertEquals(0, Terminal.runLine(s, fg, terminal, "who holds first refusal"));
        Thread.sleep(300);
        String shown = screen.toString();
        assertTrue(shown.startsWith("Microsoft holds the right"), shown);
        assertEquals(1, shown.lines().filter(l -> l.startsWith("Microsoft holds")).count(), shown);
    }
}
