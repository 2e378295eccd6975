package dev.terms.question;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the data files shipped beside this package's classes: from the jar, or from the classes
 * directory in tests. Not getResourceAsStream: in a fresh JVM its first call costs ~1-3 ms and every
 * later one ~1 ms (a URL, a connection, and a search of the JDK's modules before the class path),
 * which the WordNet table's chunks would pay one by one; an entry of the open jar costs ~0.2 ms.
 */
final class Bundled {

    private Bundled() {}

    /** Where the classes are: the jar, or the classes directory. */
    private static final File HOME = home();
    /** Opened once and never closed: the JDK shares its central directory with the class loader's. */
    private static final ZipFile JAR = jar(HOME);

    /** The bytes of a file, by its path from the class path's root ("dev/terms/question/x.tsv"). */
    static byte[] read(String name) {
        try {
            if (JAR == null) return Files.readAllBytes(new File(HOME, name).toPath());
            ZipEntry e = JAR.getEntry(name);
            if (e == null) throw new IllegalStateException("missing from the jar: " + name);
            try (InputStream in = JAR.getInputStream(e)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File home() {
        try {
            return new File(Bundled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ZipFile jar(File home) {
        if (home.isDirectory()) return null;
        try {
            return new ZipFile(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
