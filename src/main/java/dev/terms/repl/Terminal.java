package dev.terms.repl;

import dev.terms.app.Exit;
import dev.terms.app.Io;
import dev.terms.app.Names;
import dev.terms.load.Bounded;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.FileNameCompleter;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.widget.AutosuggestionWidgets;
import picocli.shell.jline3.PicocliJLineCompleter;

/** The session on a real terminal: JLine's line editor with completion, history and highlighting. */
final class Terminal {

    private Terminal() {}

    static int run(Io io, List<String> files, Session.Tree tree) {
        try (org.jline.terminal.Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            PrintWriter writer = terminal.writer();
            Foreground foreground = new Foreground();
            // what a line writes goes through the gate, so a cancelled line's late output is dropped
            PrintWriter gated = new PrintWriter(foreground.gate(writer));
            Io onTerminal = new Io(io.in(), gated, gated, true, io.env(), io.cwd(), io.today());
            Session session = new Session(onTerminal, files, tree);
            boolean fancy = !terminal.getType().startsWith("dumb") && io.env("NO_COLOR") == null
                    && !"dumb".equals(io.env("TERM"));
            Path history = history(io);
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("terms")
                    .completer(new Completion(session))
                    .variable(LineReader.HISTORY_SIZE, 5000)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                    .option(LineReader.Option.HISTORY_IGNORE_SPACE, false);
            if (history != null) builder.variable(LineReader.HISTORY_FILE, history);
            if (fancy) builder.highlighter(new Highlighting(session));
            LineReader reader = builder.build();
            if (fancy) new AutosuggestionWidgets(reader).enable();
            // Ctrl-C while a line runs cancels it; at the prompt, the line editor has the signal
            // for itself (it clears the line), and gives it back when the prompt returns
            terminal.handle(org.jline.terminal.Terminal.Signal.INT, signal -> foreground.cancel());
            runLine(session, foreground, writer, "reload");
            writer.println(GREETING);
            while (!session.done()) {
                String line;
                try {
                    line = reader.readLine("terms> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt clears the line, as in psql and bash
                } catch (EndOfFileException e) {
                    break; // Ctrl-D leaves
                }
                runLine(session, foreground, writer, line);
            }
            try {
                if (history != null) reader.getHistory().save();
            } catch (IOException | RuntimeException e) {
                io.err().println("terms: history not saved: " + e.getMessage()); // a full disk, say: the session ended well
                io.err().flush();
            }
            return Exit.OK;
        } catch (IOException e) {
            io.err().println("terms: cannot open the terminal: " + e.getMessage());
            io.err().flush();
            return Exit.IO_ERROR;
        }
    }

    /** One line in the foreground; after Ctrl-C, a short notice and the prompt again. */
    static int runLine(Session session, Foreground foreground, PrintWriter terminal, String line) {
        if (foreground.abandonedRunning()) session.renew(); // the cancelled line still uses the old tree
        int status = foreground.run(() -> session.oneShot(line));
        if (status == Foreground.CANCELLED) {
            terminal.println();
            terminal.println(CANCELLED);
        }
        terminal.flush();
        return status;
    }

    /** The line after the files' summary when a session starts. */
    static final String GREETING = "Type a question or a command; help lists them; Ctrl-C cancels; Ctrl-D leaves.";

    /** What the session says when Ctrl-C cancelled a line. */
    static final String CANCELLED = "Cancelled.";

    /** A history file larger than this is not one we wrote (5,000 lines): left alone. */
    static final long MAX_HISTORY_BYTES = 16L << 20;
    private static final Pattern HISTORY_LINE = Pattern.compile("\\d+:.*");

    /**
     * $TERMS_HISTORY, else $XDG_STATE_HOME/terms/history, else $HOME/.local/state/terms/history (from the
     * environment the session was given, not Java's user.home); null
     * (no history, with a one-line warning) when that is not a file JLine can read and write back
     * without loss: not a regular file (a directory, /dev/full), not writable, too large, not
     * UTF-8, or holding a line that is not JLine's TIME:LINE. JLine rewrites the whole file on
     * save, dropping what it cannot parse, so a file that is not a history file is never given to it.
     */
    static Path history(Io io) {
        Path file;
        if (io.env("TERMS_HISTORY") != null) file = Path.of(io.env("TERMS_HISTORY"));
        else if (io.env("XDG_STATE_HOME") != null) file = Path.of(io.env("XDG_STATE_HOME"), "terms", "history");
        else if (io.env("HOME") != null) file = Path.of(io.env("HOME"), ".local", "state", "terms", "history");
        else {
            io.err().println("terms: history off: neither TERMS_HISTORY, XDG_STATE_HOME nor HOME is set");
            io.err().flush();
            return null;
        }
        String why = unusable(file);
        if (why == null) return file;
        io.err().println("terms: history off: " + dev.terms.model.Printable.line(file.toString()) + " " + why);
        io.err().flush();
        return null;
    }

    private static String unusable(Path file) {
        try {
            if (!Files.exists(file)) {
                if (file.getParent() != null) Files.createDirectories(file.getParent());
                Path dir = file.toAbsolutePath().getParent();
                return dir == null || Files.isWritable(dir) ? null : "cannot be created: its directory is not writable";
            }
            java.nio.file.attribute.BasicFileAttributes at =
                    Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (at.isDirectory()) return "is a directory, not a file";
            if (!at.isRegularFile()) return "is " + Bounded.kind(file, at) + ", not a file";
            if (!Files.isWritable(file)) return "cannot be written";
            if (at.size() > MAX_HISTORY_BYTES) return "is larger than a history file (" + at.size() + " bytes); it is left as it is";
            String text;
            try {
                text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(dev.terms.load.Bounded.read(file, MAX_HISTORY_BYTES, true)))
                        .toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return "is not a history file (it is not UTF-8); it is left as it is";
            }
            int n = 0;
            for (String line : (Iterable<String>) text.lines()::iterator) {
                n++;
                if (!line.isEmpty() && !HISTORY_LINE.matcher(line).matches()) {
                    return "is not a history file (line " + n + " is not TIME:LINE); it is left as it is";
                }
            }
            return null;
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
    }

    /** Completes commands and options (through picocli's JLine bridge) and the names in the loaded files. */
    static final class Completion implements Completer {
        private final Session session;
        private final PicocliJLineCompleter commands;
        private final FileNameCompleter paths = new FileNameCompleter();

        Completion(Session session) {
            this.session = session;
            this.commands = new PicocliJLineCompleter(session.commands().getCommandSpec());
        }

        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            for (String value : Completions.of(session, line.words(), line.wordIndex())) {
                candidates.add(new Candidate(value, value, null, null, null, null, !value.endsWith("/")));
            }
            if (Completions.wantsPath(line.words(), line.wordIndex())) paths.complete(reader, line, candidates);
            if (Completions.wantsCommandTree(line.words(), line.wordIndex())) commands.complete(reader, line, candidates);
        }
    }

    /** Known commands in bold, known names and ids in colour, as the line is typed. */
    static final class Highlighting implements Highlighter {
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/.]*");
        private final Session session;

        Highlighting(Session session) {
            this.session = session;
        }

        @Override
        public AttributedString highlight(LineReader reader, String buffer) {
            Names names = Completions.names(session);
            AttributedStringBuilder b = new AttributedStringBuilder();
            Matcher m = WORD.matcher(buffer);
            int at = 0;
            boolean first = true;
            while (m.find()) {
                b.append(buffer.substring(at, m.start()));
                String w = m.group();
                if (first && (session.commands().getSubcommands().containsKey(w.toLowerCase(Locale.ROOT))
                        || Session.BUILTINS.contains(w.toLowerCase(Locale.ROOT)))) {
                    b.styled(AttributedStyle.BOLD, w);
                } else if (names != null && names.known(w)) {
                    b.styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), w);
                } else {
                    b.append(w);
                }
                first = false;
                at = m.end();
            }
            b.append(buffer.substring(at));
            return b.toAttributedString();
        }

        @Override
        public void setErrorPattern(Pattern errorPattern) {}

        @Override
        public void setErrorIndex(int errorIndex) {}
    }
}
