package dev.terms.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reading a file whole, but never more than a limit: the size a stat reports is no promise (a
 * file grows while it is read, /dev/zero has size 0), and opening a FIFO waits for a writer
 * forever. So only regular files are opened, and at most the limit plus one byte is read.
 */
public final class Bounded {

    private Bounded() {}

    /** Not a regular file: a directory, a FIFO, a device or a socket (or, when links are not followed, a link). */
    public static final class NotRegular extends IOException {
        NotRegular(String what) {
            super(what, null);
        }
    }

    /** More bytes than the limit: {@code size} is the size seen, or the limit plus one when it grew past it. */
    public static final class TooLarge extends IOException {
        final long size;

        TooLarge(long size) {
            super("more than the limit", null);
            this.size = size;
        }
    }

    /** The bytes of {@code file}, a regular file of at most {@code limit} bytes. */
    public static byte[] read(Path file, long limit, boolean followLinks) throws IOException {
        LinkOption[] links = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        BasicFileAttributes at = Files.readAttributes(file, BasicFileAttributes.class, links);
        if (!at.isRegularFile()) throw new NotRegular(kind(file, at, links));
        if (at.size() > limit) throw new TooLarge(at.size());
        int most = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
        try (InputStream in = Channels.newInputStream(followLinks ? Files.newByteChannel(file)
                : Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            // the size the file has now, in one array: readNBytes alone gathers 8 KB chunks and
            // copies them, twice the file in garbage; what it has beyond that (it grew) after it
            int expected = (int) Math.min(at.size(), most);
            byte[] bytes = new byte[expected];
            int n = in.readNBytes(bytes, 0, expected);
            if (n < expected) return Arrays.copyOf(bytes, n);
            byte[] more = in.readNBytes(most - n);
            if (more.length > 0) {
                bytes = Arrays.copyOf(bytes, n + more.length);
                System.arraycopy(more, 0, bytes, n, more.length);
            }
            if (bytes.length > limit) throw new TooLarge(limit + 1);
            return bytes;
        }
    }

    /** What a file that is not regular is, from its mode bits where the platform gives them. */
    public static String kind(Path file, BasicFileAttributes at, LinkOption... links) {
        if (at.isDirectory()) return "a directory";
        if (at.isSymbolicLink()) return "a symbolic link";
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode", links) & 0170000;
            if (type == 0010000) return "a FIFO";
            if (type == 0020000) return "a character device";
            if (type == 0060000) return "a block device";
            if (type == 0140000) return "a socket";
        } catch (IOException | RuntimeException e) {
            // no unix view here: say no more than BasicFileAttributes does
        }
        return "a special file";
    }
}
