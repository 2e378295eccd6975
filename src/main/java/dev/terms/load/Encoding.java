package dev.terms.load;

import dev.terms.model.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Terms files are UTF-8, strictly (a BOM is allowed), whether YAML or JSON: refused where they are not. */
final class Encoding {

    private Encoding() {}

    /**
     * Checks the bytes in chunks, keeping nothing: a CharBuffer of the whole file cost two bytes a
     * byte, and each reader decodes the bytes its own way afterwards.
     */
    static void check(byte[] bytes, String file) throws LoadException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw fail(file, 1, 1, "the file is UTF-16; terms files must be UTF-8");
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                int line = 1, col = 1;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') { line++; col = 1; }
                    else if ((bytes[i] & 0xC0) != 0x80) col++;
                }
                throw fail(file, line, col, String.format(
                        "invalid UTF-8 (byte 0x%02X at offset %d); terms files must be UTF-8", bytes[at] & 0xFF, at));
            }
            if (r.isUnderflow()) return;
            out.clear();
        }
    }

    private static LoadException fail(String file, int line, int column, String message) {
        return new LoadException(List.of(Diagnostic.error(new Location(file, line, column), "encoding", message)), false);
    }
}
