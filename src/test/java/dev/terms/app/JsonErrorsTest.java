package dev.terms.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With -o json, --json or -o ndjson, an error is one JSON object on standard error (issue 16, item 8). */
class JsonErrorsTest {

    @Test
    void aBadFileIsItsFirstProblemLocatedWithEveryProblemAndTheSameStatus(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), """
                version: 1
                agreement: {id: a, title: A}
                parties: {p: {name: P}}
                clauses:
                  - {id: c, title: T, kind: payment, modality: obligation, party: q}
                """);
        Run.Output r = Run.in(dir).run("-f", "t.yaml", "clauses", "-o", "json");
        assertEquals(65, r.status());
        assertEquals("", r.out());
        assertEquals("{\"code\":\"reference\",\"message\":\"clause 'c': party 'q' is not a party; did you mean 'p'?\","
                + "\"location\":{\"file\":\"t.yaml\",\"line\":5,\"column\":67},\"status\":65,\"problems\":[{\"location\":"
                + "{\"file\":\"t.yaml\",\"line\":5,\"column\":67},\"severity\":\"error\",\"code\":\"reference\",\"message\":"
                + "\"clause 'c': party 'q' is not a party; did you mean 'p'?\",\"file\":\"t.yaml\",\"line\":5,\"column\":67}],"
                + "\"file\":\"t.yaml\",\"line\":5,\"column\":67}\n", r.err());
        Run.Output text = Run.in(dir).run("-f", "t.yaml", "clauses");
        assertEquals(65, text.status());
        assertEquals("t.yaml:5:67: clause 'c': party 'q' is not a party; did you mean 'p'?\n", text.err());
    }

    @Test
    void aUsageErrorHasNoPlace() {
        Run.Output r = Run.terms("clauses", "--party", "opnai", "--json");
        assertEquals(2, r.status());
        assertEquals("{\"code\":\"usage\",\"message\":\"no party 'opnai' in the loaded files (--party); did you mean "
                + "'openai'?\",\"location\":null,\"status\":2,\"problems\":[],\"file\":null,\"line\":null,\"column\":null}\n",
                r.err());
        Run.Output option = Run.terms("clauses", "--bogus", "-o", "ndjson");
        assertEquals(2, option.status());
        assertEquals("{\"code\":\"usage\",\"message\":\"Unknown option: '--bogus'\",\"location\":null,\"status\":2,"
                + "\"problems\":[],\"file\":null,\"line\":null,\"column\":null}\n", option.err());
        Run.Output jq = Run.terms("clauses", "--jq", ".[");
        assertEquals(2, jq.status());
        assertEquals("terms: bad --jq expression: Cannot compile query: .[\n", jq.err()); // --jq prints what it makes
    }

    @Test
    void aMissingFileIsNoInput() {
        Run.Output r = Run.terms("-f", "no-such.yaml", "clauses", "--json");
        assertEquals(66, r.status());
        assertEquals("{\"code\":\"unreadable\",\"message\":\"no such file\",\"location\":{\"file\":\"no-such.yaml\","
                + "\"line\":null,\"column\":null},\"status\":66,\"problems\":[{\"location\":{\"file\":\"no-such.yaml\","
                + "\"line\":null,\"column\":null},\"severity\":\"error\",\"code\":\"unreadable\",\"message\":\"no such file\","
                + "\"file\":\"no-such.yaml\",\"line\":0,\"column\":0}],\"file\":\"no-such.yaml\",\"line\":null,"
                + "\"column\":null}\n", r.err());
    }

    @Test
    void withoutJsonErrorsStayText() {
        Run.Output r = Run.terms("clauses", "--party", "opnai", "-o", "yaml");
        assertEquals(2, r.status());
        assertEquals("terms: no party 'opnai' in the loaded files (--party); did you mean 'openai'?\n", r.err());
    }
}
