package dev.terms.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/** --version: the pom's version, which the build writes into the jar (dev/terms/version.txt). */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"terms " + version() + " (terms format 1.1)"};
    }

    static String version() throws IOException {
        try (InputStream in = Version.class.getResourceAsStream("/dev/terms/version.txt")) {
            if (in == null) throw new IllegalStateException("version.txt is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
