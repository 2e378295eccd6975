package dev.terms;

import dev.terms.cli.Cli;
import dev.terms.app.Io;
import dev.terms.app.Output;
import dev.terms.repl.Session;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TimeZone;

/** The only class that touches the process: its streams, environment and exit status. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // picocli's documented switches for what it looks up on every run and terms never uses:
        // Groovy closures (a failed class lookup through the jar) and the converters it registers
        // by reflection (java.sql, java.time, Path; every option here is a string, a flag or a list)
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*,java\\.nio\\.file\\.Path");
        // today's date needs the time zone's rules, and the JDK reads all of tzdb.dat for them in
        // interpreted code (~7 ms): on a second core, beside the command's own start
        Thread zone = new Thread(TimeZone::getDefault, "terms-time-zone");
        zone.setDaemon(true);
        zone.start();
        // UTF-8 whatever the locale: LANG=C must still print café
        // an Output, so a failed write can be told from a closed pipe (exit 74 against quiet)
        PrintWriter out = Output.of(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Io io = new Io(in, out, err, System.console() != null, System.getenv(), Path.of(""), Io::systemToday);
        // the session runs its lines through the same tree, with its own cache of loaded files
        int status = Cli.run(io, (on, files) -> Session.start(on, files, (o, cache) -> Cli.commandLine(o, cache, null)), args);
        // halt rather than exit: from JDK 22 System.exit asks for a System.Logger to log the exit,
        // and finding one searches the class path's service files, opening the 8 MB jar just for
        // that (~15 ms of CPU on a run whose classes all come from the archive). Cli.run has
        // flushed the output; nothing here registers a shutdown hook (the session closes its
        // terminal and saves its history before it returns); a class archive is still written.
        Runtime.getRuntime().halt(status);
    }
}
