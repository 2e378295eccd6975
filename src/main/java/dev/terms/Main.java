package dev.terms;

import dev.terms.cli.Cli;
import dev.terms.cli.Io;
import dev.terms.repl.Session;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The only class that touches the process: its streams, environment and exit status. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale: LANG=C must still print café
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Io io = new Io(in, out, err, System.console() != null, System.getenv(), Path.of(""), Io::systemToday);
        System.exit(Cli.run(io, Session::start, args));
    }
}
