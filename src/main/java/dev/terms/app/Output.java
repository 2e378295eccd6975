package dev.terms.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a PrintWriter that remembers why a write failed. A PrintWriter swallows
 * its IOExceptions and keeps only a flag ({@link #checkError}); to tell a reader that went away
 * (a closed pipe: stop quietly) from a full disk or a closed descriptor (an error, exit 74) the
 * first exception is kept.
 */
public final class Output extends PrintWriter {

    private final Keeping keeping;

    private Output(Keeping keeping) {
        super(keeping, false);
        this.keeping = keeping;
    }

    /** UTF-8 over {@code stream}, whatever the locale. */
    public static Output of(OutputStream stream) {
        return new Output(new Keeping(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    }

    /** The first write failure, or null. */
    public IOException failure() {
        return keeping.failure;
    }

    /** EPIPE: the reader went away (`| head`), which is how a pipeline says it has enough. */
    public static boolean closedPipe(IOException e) {
        return e != null && e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }

    private static final class Keeping extends Writer {
        private final Writer to;
        IOException failure;

        Keeping(Writer to) {
            this.to = to;
        }

        private IOException kept(IOException e) {
            if (failure == null) failure = e;
            return e;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            try {
                to.write(buf, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            try {
                to.write(s, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                to.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                to.close();
            } catch (IOException e) {
                throw kept(e);
            }
        }
    }
}
