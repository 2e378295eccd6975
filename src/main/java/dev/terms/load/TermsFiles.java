package dev.terms.load;

import dev.terms.expect.QuestionsFile;
import dev.terms.model.Location;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finding terms files and reading their bytes. Only a regular file is read (a FIFO would wait
 * for a writer forever, /dev/zero never ends), and never more than the size limit plus one
 * byte, whatever its size said a moment before. Every refusal is a located diagnostic.
 */
public final class TermsFiles {

    private TermsFiles() {}

    /**
     * Whether a directory's file is a terms file, by its name: {@code *.yaml}, {@code *.yml} and
     * {@code *.terms.json}. Not every {@code *.json}: directories of JSON commonly hold other
     * JSON (a schema, as this repository's root holds terms.schema.json; package manifests;
     * question files), where a stray YAML file is rare. A JSON terms file of any name is read
     * when named itself.
     */
    public static boolean isTermsFile(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        // a questions file (terms test) sits beside the terms files but is not one
        return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".terms.json")) && !QuestionsFile.named(name);
    }

    /** Whether a file is read as JSON: by its name, {@code *.json} (any case); everything else is YAML. */
    static boolean isJson(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /** The terms files directly in {@code dir}, sorted by name. */
    public static List<Path> inDirectory(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(TermsFiles::isTermsFile).sorted().toList();
        }
    }

    /** The size of a file that may be read: a regular file within the limit. */
    static long size(Path path, String shown, Limits limits) throws LoadException {
        try {
            BasicFileAttributes at = Files.readAttributes(path, BasicFileAttributes.class);
            if (at.isDirectory()) throw unreadable(shown, "is a directory, not a terms file");
            if (!at.isRegularFile()) throw unreadable(shown, "is " + Bounded.kind(path, at) + ", not a regular file");
            if (at.size() > limits.maxFileBytes()) throw tooLarge(shown, at.size() + " bytes", limits);
            return at.size();
        } catch (NoSuchFileException e) {
            throw unreadable(shown, "no such file");
        } catch (IOException e) {
            throw unreadable(shown, "cannot be read: " + reason(e));
        }
    }

    /** The bytes of a file that may be read (see {@link #size}). */
    static byte[] read(Path path, String shown, Limits limits) throws LoadException {
        try {
            return Bounded.read(path, limits.maxFileBytes(), true);
        } catch (Bounded.TooLarge e) {
            throw tooLarge(shown, "more than " + limits.maxFileBytes() + " bytes", limits);
        } catch (Bounded.NotRegular e) {
            throw unreadable(shown, "is " + e.getMessage() + ", not a regular file"); // replaced since the look
        } catch (NoSuchFileException e) {
            throw unreadable(shown, "no such file");
        } catch (IOException e) {
            throw unreadable(shown, "cannot be read: " + reason(e));
        }
    }

    private static LoadException tooLarge(String shown, String size, Limits limits) {
        return new LoadException(List.of(Diagnostic.error(new Location(shown, 1, 1), "limit",
                "the file is " + size + "; the limit is " + limits.maxFileBytes())), false);
    }

    private static LoadException unreadable(String file, String why) {
        return new LoadException(List.of(Diagnostic.error(new Location(file, 0, 0), "unreadable", why)), true);
    }

    /** Why a file cannot be read, in words: a FileSystemException's message is often just the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
