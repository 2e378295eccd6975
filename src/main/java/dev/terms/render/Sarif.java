package dev.terms.render;

import dev.terms.check.Rule;
import dev.terms.load.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A SARIF 2.1.0 log of check's findings, so code review tools can show them on the lines they concern. */
public final class Sarif {

    private Sarif() {}

    public static Map<String, Object> log(List<Diagnostic> problems) {
        Set<String> codes = new LinkedHashSet<>();
        List<Object> results = new ArrayList<>();
        for (Diagnostic d : problems) {
            codes.add(d.code());
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", d.location().file()));
            if (d.location().placed()) { // a file that cannot be read has no region to point at
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", d.location().line());
                region.put("startColumn", d.location().column());
                physical.put("region", region);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", d.code());
            result.put("level", d.severity().word());
            result.put("message", Map.of("text", d.message()));
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            results.add(result);
        }
        List<Object> rules = new ArrayList<>();
        for (String code : codes) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", code);
            Rule r = Rule.of(code);
            rule.put("shortDescription", Map.of("text", r != null ? r.explanation().split("\\. ")[0]
                    : "the terms file cannot be loaded: " + code));
            if (r != null) rule.put("fullDescription", Map.of("text", r.explanation()));
            rule.put("defaultConfiguration", Map.of("level", r != null ? r.severity().word() : "error"));
            rules.add(rule);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "terms");
        driver.put("informationUri", "https://github.com/terms-dev/terms");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }
}
