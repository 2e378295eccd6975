package dev.terms.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.terms.model.Location;
import java.io.IOException;
import java.util.List;

/**
 * Turns the bytes of a terms file written as JSON into a {@link Tape}, from Jackson's streaming
 * parser: the same schema as YAML, read into the same decoder, so the same located diagnostics.
 * A JSON string is a quoted scalar (text, whatever it says); a number, true, false and null are
 * plain ones, as YAML would write them bare. Lines and columns are counted as the YAML reader
 * counts them (code points; breaks at \n, \r\n and a lone \r), from the parser's byte offsets:
 * Jackson's own columns count bytes. The YAML reader's line-length limit is not applied: it is
 * there for SnakeYAML's cost on long lines, and generated JSON is often one line.
 */
final class JsonReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE) // ours is checked first, with its own message
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private final String file;
    private final Limits limits;
    private byte[] bytes;
    // where the last located offset is: its line, and the offset and code point column there
    private long offset;
    private int line = 1;
    private int column = 1;

    JsonReader(String file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    Tape parse(byte[] bytes) throws LoadException {
        this.bytes = bytes;
        Encoding.check(bytes, file);
        Tape tape = new Tape(file, Tape.slotsFor(bytes.length));
        int[] open = new int[limits.maxDepth()];
        int depth = 0;
        JsonParser parser = null;
        try (JsonParser p = JSON.createParser(bytes)) {
            parser = p;
            boolean done = false;
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (done) {
                    throw fail(p.currentTokenLocation(), "syntax",
                            "JSON syntax error: a terms file holds one JSON value; more follows here");
                }
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        if (depth >= limits.maxDepth()) {
                            throw fail(p.currentTokenLocation(), "limit",
                                    "nesting is deeper than " + limits.maxDepth() + " levels");
                        }
                        locate(p.currentTokenLocation());
                        open[depth++] = tape.open(t == JsonToken.START_OBJECT ? Tape.MAPPING : Tape.SEQUENCE, line, column);
                    }
                    case END_OBJECT, END_ARRAY -> tape.close(open[--depth]);
                    // Jackson's field names are canonical (one String for each), as are the literals
                    case FIELD_NAME -> scalar(tape, p, p.currentName(), false, true);
                    case VALUE_STRING -> scalar(tape, p, p.getText(), false, false);
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(tape, p, p.getText(), true, false);
                    case VALUE_TRUE -> scalar(tape, p, "true", true, true);
                    case VALUE_FALSE -> scalar(tape, p, "false", true, true);
                    case VALUE_NULL -> scalar(tape, p, "null", true, true);
                    default -> throw fail(p.currentTokenLocation(), "syntax", "JSON syntax error: unexpected " + t);
                }
                if (depth == 0) done = true;
            }
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            throw fail(at, "limit", plain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw fail(e.getLocation(), "syntax", "JSON syntax error: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw fail(null, "syntax", "JSON syntax error: " + e.getMessage()); // bytes in memory: not expected
        }
        return tape;
    }

    /**
     * Jackson's words without its internals: a start marker's location names a redacted source
     * and a byte column, a missing feature names its Java constant.
     */
    static String plain(String message) {
        if (message == null) return "unexpected content";
        return message
                .replaceAll("\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: \\d+\\]\\)", "(opened at line $1)")
                .replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
                        "; JSON has no comments (say it in a note, or an x- key)")
                .replaceAll(", from `[A-Za-z.]+\\(\\)`\\)", ")");
    }

    private void scalar(Tape tape, JsonParser p, String value, boolean plain, boolean canonical) throws LoadException {
        if (value.length() > limits.maxStringChars()) {
            throw fail(p.currentTokenLocation(), "limit", "a string of " + value.length()
                    + " characters; the limit is " + limits.maxStringChars());
        }
        locate(p.currentTokenLocation());
        if (canonical) tape.canonical(value, plain, line, column);
        else tape.scalar(value, plain, line, column);
    }

    /** Moves {@link #line} and {@link #column} to a byte offset; offsets come in order, so this is linear. */
    private void locate(JsonLocation at) {
        long to = at == null ? -1 : at.getByteOffset();
        if (to < 0) return;
        to = Math.min(to, bytes.length);
        if (to < offset) {
            offset = 0;
            line = 1;
            column = 1;
        }
        for (long i = offset; i < to; i++) {
            byte b = bytes[(int) i];
            if (b == '\n' || b == '\r' && (i + 1 >= bytes.length || bytes[(int) i + 1] != '\n')) {
                line++;
                column = 1;
            } else if (b == '\r') {
                // the \r of \r\n: the \n ends the line
            } else if ((b & 0xC0) != 0x80 && !(i == 0 && startsWithBom())) {
                column++;
            }
        }
        offset = to;
    }

    private boolean startsWithBom() {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private LoadException fail(JsonLocation at, String code, String message) {
        if (at == null || at.getByteOffset() < 0) return fail(1, 1, code, message);
        locate(at);
        return fail(line, column, code, message);
    }

    private LoadException fail(int l, int c, String code, String message) {
        return new LoadException(List.of(Diagnostic.error(new Location(file, l, c), code, message)), false);
    }
}
