package dev.terms.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/** The committed WordNet table is what the generator makes now, all of it (~11 s here), so it cannot go stale. */
class LexiconResourceTest {

    @Test
    void theCommittedTableIsWhatTheGeneratorWrites() throws Exception {
        SortedMap<String, String> fresh = LexiconGenerator.resources(Dictionary.getDefaultResourceInstance());
        Map<String, String> committed = LexiconGenerator.read(LexiconGenerator.OUTPUT);
        List<String> differ = new ArrayList<>();
        for (String name : new TreeSet<>(union(fresh.keySet(), committed.keySet()))) {
            if (!fresh.getOrDefault(name, "").equals(committed.getOrDefault(name, ""))) differ.add(name);
        }
        if (!differ.isEmpty()) {
            fail(differ.size() + " of " + fresh.size() + " files differ (first: " + differ.get(0) + "): run "
                    + "`mvn -q -o test-compile exec:java -Dexec.mainClass=dev.terms.tools.LexiconGenerator "
                    + "-Dexec.classpathScope=test` and commit " + LexiconGenerator.OUTPUT);
        }
        assertEquals(fresh.keySet(), committed.keySet());
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
