package dev.terms.repl;

import dev.terms.cli.Io;
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

    static int run(Io io, List<String> files) {
        try (org.jline.terminal.Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            PrintWriter writer = terminal.writer();
            Io onTerminal = new Io(io.in(), writer, writer, true, io.env(), io.cwd(), io.today());
            Session session = new Session(onTerminal, files);
            boolean fancy = !terminal.getType().startsWith("dumb") && io.env("NO_COLOR") == null
                    && !"dumb".equals(io.env("TERM"));
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("terms")
                    .completer(new Completion(session))
                    .variable(LineReader.HISTORY_FILE, history(io))
                    .variable(LineReader.HISTORY_SIZE, 5000)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                    .option(LineReader.Option.HISTORY_IGNORE_SPACE, false);
            if (fancy) builder.highlighter(new Highlighting(session));
            LineReader reader = builder.build();
            if (fancy) new AutosuggestionWidgets(reader).enable();
            session.oneShot("reload");
            writer.println("Type a question or a command; help lists them; Ctrl-D leaves.");
            while (!session.done()) {
                String line;
                try {
                    line = reader.readLine("terms> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C drops the line
                } catch (EndOfFileException e) {
                    break; // Ctrl-D leaves
                }
                session.oneShot(line);
            }
            reader.getHistory().save();
            return 0;
        } catch (IOException e) {
            io.err().println("terms: cannot open the terminal: " + e.getMessage());
            io.err().flush();
            return 74;
        }
    }

    /** $TERMS_HISTORY, else $XDG_STATE_HOME/terms/history, else ~/.local/state/terms/history. */
    static Path history(Io io) {
        Path file;
        if (io.env("TERMS_HISTORY") != null) file = Path.of(io.env("TERMS_HISTORY"));
        else if (io.env("XDG_STATE_HOME") != null) file = Path.of(io.env("XDG_STATE_HOME"), "terms", "history");
        else file = Path.of(System.getProperty("user.home"), ".local", "state", "terms", "history");
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
        } catch (IOException e) {
            // history is a convenience: without a directory for it, the session still runs
        }
        return file;
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
            for (String value : Candidates.of(session, line.words(), line.wordIndex())) {
                candidates.add(new Candidate(value, value, null, null, null, null, !value.endsWith("/")));
            }
            if (Candidates.wantsPath(line.words(), line.wordIndex())) paths.complete(reader, line, candidates);
            if (Candidates.wantsCommandTree(line.words(), line.wordIndex())) commands.complete(reader, line, candidates);
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
            Names names = Candidates.names(session);
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
