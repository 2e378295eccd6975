package dev.terms.tools;

import dev.terms.cli.Cli;
import dev.terms.app.Io;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step: writes the man pages (AsciiDoc) of the whole command tree into target/man, from
 * the same CommandSpec that `terms help COMMAND` prints. Run by the pom in the package phase;
 * asciidoctor then turns them into troff pages beside the jar.
 */
public final class ManPages {

    private ManPages() {}

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "target/man");
        dir.mkdirs();
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Io io = new Io(new BufferedReader(new StringReader("")), sink, sink, false, Map.of(), Path.of(""), LocalDate::now);
        int status = ManPageGenerator.generateManPage(dir, null, new boolean[0], true,
                Cli.commandLine(io).getCommandSpec());
        if (status != 0) throw new IllegalStateException("man page generation failed: " + status);
        troff(dir);
    }

    /** asciidoctor -b manpage, where it is installed; the AsciiDoc stays either way. */
    private static void troff(File dir) throws Exception {
        File[] pages = dir.listFiles((d, name) -> name.endsWith(".adoc"));
        if (pages == null || pages.length == 0) return;
        List<String> cmd = new ArrayList<>(List.of("asciidoctor", "-b", "manpage", "-D", dir.getPath()));
        for (File f : pages) cmd.add(f.getPath());
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            System.err.println("asciidoctor is not installed: man pages stay AsciiDoc in " + dir);
            return;
        }
        p.getOutputStream().close();
        if (p.waitFor() != 0) throw new IllegalStateException("asciidoctor failed: " + p.exitValue());
    }
}
