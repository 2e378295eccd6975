package dev.terms.repl;

import dev.terms.app.Corpora;
import dev.terms.app.Exit;
import dev.terms.app.Failures;
import dev.terms.app.Io;
import dev.terms.app.Names;
import dev.terms.app.TermsException;
import dev.terms.app.Workspace;
import dev.terms.model.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/**
 * One interactive session: its settings, the files it keeps loaded, and one command tree reused
 * for every line. {@link #oneShot} runs one line against the injected streams, so the session
 * is tested without a terminal; {@code Terminal.run} and {@link #script} are its two loops.
 */
public final class Session {

    /** Words a question in English starts with: never read as a mistyped command ("why" is not "who"). */
    private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "whom", "whose", "which", "is", "are", "was",
            "were", "do", "does", "did", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "has",
            "have", "had");

    /** The commands a line may start with; anything else is a question. */
    static final Set<String> BUILTINS = Set.of("set", "settings", "reload", "help", "exit", "quit");

    private final Io io;
    private final Corpora cache = new Corpora();
    private CommandLine commands;
    private String format;
    private String asOf;
    private List<String> files;
    private boolean done;
    private final Tree tree;
    /** The names of {@link #namesOf}, made once for each loaded version (Tab and highlighting ask often). */
    private Names names;
    private Corpora.Loaded namesOf;

    /**
     * The command tree the session runs its lines through, with the session's cache of loaded
     * files. The front end that owns the tree hands it in (Main passes the cli package's), so the
     * session depends on the application layer only.
     */
    @FunctionalInterface
    public interface Tree {
        CommandLine build(Io io, Corpora cache);
    }

    public Session(Io io, List<String> files, Tree tree) {
        this.io = io;
        this.files = List.copyOf(files);
        this.tree = tree;
        this.commands = tree.build(io, cache);
    }

    /** The entry point Main hands to the command tree: a terminal gets the line editor, a pipe a script. */
    public static int start(Io io, List<String> files, Tree tree) {
        return io.terminal() ? Terminal.run(io, files, tree) : new Session(io, files, tree).script();
    }

    Io io() {
        return io;
    }

    CommandLine commands() {
        return commands;
    }

    /**
     * A command tree of its own for the lines to come: picocli keeps a line's options in the
     * command objects, and a cancelled line that is still running goes on reading its own.
     */
    void renew() {
        commands = tree.build(io, cache);
    }

    Corpora cache() {
        return cache;
    }

    /** The names of the files loaded now, for completion and highlighting; null before any load. */
    Names names() {
        Corpora.Loaded loaded = cache.current();
        if (loaded == null) return null;
        synchronized (this) {
            if (names == null || namesOf != loaded) {
                names = Names.of(loaded.corpus());
                namesOf = loaded;
            }
            return names;
        }
    }

    boolean done() {
        return done;
    }

    /** The longest line a script may have, as a terms file's: a longer one is skipped, not read into memory. */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    /** Lines from standard input, no prompt; the status of the last line that failed (0 when none did). */
    public int script() {
        int status = Exit.OK;
        try {
            StringBuilder line = new StringBuilder();
            for (int number = 1; !done; number++) {
                int end = readLine(io.in(), line);
                if (end == EOF) break;
                int s;
                if (end == TOO_LONG) {
                    s = fail(Exit.USAGE, "line " + number + " is longer than " + MAX_LINE_CHARS + " characters; skipped");
                } else {
                    s = oneShot(line.toString());
                }
                if (s != 0) status = s;
                if (io.out().checkError()) break;
                if (end == LAST) break;
            }
        } catch (IOException e) {
            return fail(Exit.IO_ERROR, "cannot read standard input: " + e.getMessage());
        }
        return status;
    }

    private static final int EOF = -1, TOO_LONG = -2, LAST = -3, LINE = 0;

    /**
     * Reads one line into {@code into}, at most {@link #MAX_LINE_CHARS} of it (the rest of a longer
     * line is read past, not kept): LINE, LAST (a line without a newline at the end), TOO_LONG or EOF.
     */
    private static int readLine(java.io.Reader in, StringBuilder into) throws IOException {
        into.setLength(0);
        boolean any = false, tooLong = false;
        for (int c; (c = in.read()) >= 0; ) {
            any = true;
            if (c == '\n') {
                if (tooLong) return TOO_LONG;
                if (into.length() > 0 && into.charAt(into.length() - 1) == '\r') into.setLength(into.length() - 1);
                return LINE;
            }
            if (tooLong) continue;
            if (into.length() == MAX_LINE_CHARS) {
                tooLong = true;
                into.setLength(0);
                continue;
            }
            into.append((char) c);
        }
        if (!any) return EOF;
        if (tooLong) return TOO_LONG;
        if (into.length() > 0 && into.charAt(into.length() - 1) == '\r') into.setLength(into.length() - 1);
        return LAST;
    }

    /** Runs one line: a built-in, a command without the word "terms", or a question. */
    public int oneShot(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) return Exit.OK;
        List<String> words = ShellWords.split(trimmed);
        String first = words == null || words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("terms") && words.size() > 1) {
            words = words.subList(1, words.size());
            first = words.get(0).toLowerCase(Locale.ROOT);
        }
        if (BUILTINS.contains(first) && !(first.equals("help") && words.size() > 1)) return builtin(first, words);
        List<String> args = new ArrayList<>();
        if (words != null && commands.getSubcommands().containsKey(first) && !isQuestionWithApostrophe(first, trimmed)) {
            args.add(first);
            args.addAll(words.subList(1, words.size()));
        } else if (!first.equals("ask") && typo(words) != null) {
            return fail(Exit.USAGE, typo(words));
        } else {
            // a plain question, kept whole: apostrophes are English here, not quotes
            args.add("ask");
            args.add(first.equals("ask") ? trimmed.substring(3).strip() : trimmed);
        }
        addSettings(args);
        int status;
        try {
            status = commands.execute(args.toArray(String[]::new));
        } catch (OutOfMemoryError e) {
            // what the line built is garbage now: the session, and the rest of a script, go on
            status = fail(Exit.INTERNAL, "out of memory on this line (try a smaller file or question); the session goes on");
        } catch (RuntimeException | StackOverflowError e) {
            status = Failures.handle(e, io, false);
        }
        io.out().flush();
        io.err().flush();
        return status;
    }

    /**
     * Why a line that starts with no command reads as a mistyped one rather than a question, or
     * null: its first word is a command's, one typo off ("shwo rofr-new-capacity"); or it gives
     * an option ("bogus --flag"); or it is one bare word that names nothing in the files ("clear").
     * As on the command line, the message suggests the nearest command.
     */
    private String typo(List<String> words) {
        if (words == null || words.isEmpty()) return null;
        String first = words.get(0).toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>(BUILTINS);
        commands.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) known.add(name);
        });
        String near = QUESTION_WORDS.contains(first) ? null : Words.nearest(first, known);
        if (near != null && (first.startsWith(near) || near.startsWith(first))) near = null; // "whats", "shows": words
        boolean option = words.stream().skip(1).anyMatch(w -> w.startsWith("-") && w.length() > 1);
        boolean bareWord = words.size() == 1 && first.matches("[a-z][a-z-]*") && !nameInFiles(first);
        if (near == null && !option && !bareWord) return null;
        return "unknown command '" + words.get(0) + "'"
                + (near != null ? "; did you mean '" + near + "'?" : "; help lists the commands, or ask a question in words");
    }

    /**
     * Whether a word may be a one-word question: an id, a name or a kind in the loaded files, or
     * anything while nothing is loaded yet (a script's first line: the question path loads).
     */
    private boolean nameInFiles(String word) {
        Names n = names();
        return n == null || n.known(word) || n.kinds().contains(word);
    }

    /** "Who's got the ROFR?" and "who holds OpenAI's IP": question words with apostrophes are questions. */
    private static boolean isQuestionWithApostrophe(String first, String line) {
        return Set.of("ask", "who", "what", "where", "when").contains(first) && line.contains("'");
    }

    /** The session's settings, added where the line does not give its own. */
    private void addSettings(List<String> args) {
        if (format != null && !args.contains("-o") && !args.contains("--format") && !args.contains("--json")) {
            args.add("--format");
            args.add(format);
        }
        if (asOf != null && !args.contains("--as-of")) {
            args.add("--as-of");
            args.add(asOf);
        }
        if (!files.isEmpty() && !args.contains("-f") && !args.contains("--file")) {
            for (String f : files) {
                args.add("--file");
                args.add(f);
            }
        }
    }

    private int builtin(String name, List<String> words) {
        PrintWriter out = io.out();
        switch (name) {
            case "exit", "quit" -> done = true;
            case "reload" -> {
                cache.clear();
                List<String> args = new ArrayList<>(List.of("load"));
                addSettings(args);
                return commands.execute(args.toArray(String[]::new));
            }
            case "settings" -> {
                out.println("format  " + (format == null ? "text" : format));
                out.println("as-of   " + (asOf == null ? "today" : asOf));
                out.println("file    " + (files.isEmpty() ? "(terms.yaml here or above, or $TERMS_FILE)" : String.join(" ", files)));
            }
            case "help" -> help(out);
            case "set" -> {
                return set(words);
            }
            default -> throw new AssertionError(name);
        }
        out.flush();
        return Exit.OK;
    }

    private int set(List<String> words) {
        if (words.size() < 3) {
            return fail(Exit.USAGE, "set format json|text|yaml|ndjson|table|markdown, set as-of DATE|today, set file PATH...");
        }
        String what = words.get(1), value = words.get(2);
        switch (what) {
            case "format" -> {
                try {
                    format = Workspace.format(value).word();
                } catch (TermsException e) {
                    return Failures.handle(e, io, false);
                }
            }
            case "as-of" -> {
                try {
                    Workspace.asOf(value, io); // checked as the command line checks it
                } catch (TermsException e) {
                    return Failures.handle(e, io, false);
                }
                asOf = value.equals("today") ? null : value;
            }
            case "file" -> {
                List<String> given = words.subList(2, words.size());
                for (String f : given) {
                    if (!Files.exists(io.cwd().resolve(f))) return fail(Exit.NO_INPUT, f + ": no such file");
                }
                files = List.copyOf(given);
                cache.clear();
            }
            default -> {
                return fail(Exit.USAGE, "unknown setting '" + what + "'; settings are format, as-of and file");
            }
        }
        return Exit.OK;
    }

    /** A line's failure, through the tool's one error handler: one line on stderr, the status. */
    private int fail(int status, String message) {
        return Failures.handle(new TermsException(status, message), io, false);
    }

    private void help(PrintWriter out) {
        out.println("Type a question, or a command without the word 'terms':");
        for (var e : commands.getSubcommands().entrySet()) {
            if (e.getKey().equals("repl") || e.getKey().equals("help") || e.getValue().getCommandSpec().usageMessage().hidden()) continue;
            var usage = e.getValue().getCommandSpec().usageMessage();
            String description = usage.description().length > 0 ? usage.description()[0] : "";
            String example = usage.footer().length > 0 ? usage.footer()[0].strip().replaceFirst("^terms ", "") : "";
            out.printf("  %-10s %s%n", e.getKey(), firstSentence(description));
            if (!example.isEmpty()) out.printf("  %-10s   e.g. %s%n", "", example);
        }
        out.println("Session:");
        out.println("  set format json|text|yaml|ndjson|table|markdown");
        out.println("  set as-of DATE|today      set file PATH...      settings      reload");
        out.println("  help COMMAND              exit, quit or Ctrl-D to leave; Ctrl-C cancels a command or clears the line");
    }

    private static String firstSentence(String s) {
        int dot = s.indexOf(". ");
        return dot > 0 ? s.substring(0, dot + 1) : s;
    }
}
