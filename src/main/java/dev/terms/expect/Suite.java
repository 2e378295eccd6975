package dev.terms.expect;

import java.util.List;

/** One questions file, run: its outcomes in file order. */
public record Suite(String file, List<Outcome> outcomes) {

    public long failures() {
        return outcomes.stream().filter(o -> !o.passed()).count();
    }
}
