package dev.terms.render;

import dev.terms.load.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every problem check found, sorted, and whether the files pass; {@code files}: how many were read. */
public record CheckReport(List<Diagnostic> problems, boolean ok, int files) implements View.Prose, View.SarifLog {

    @Override
    public Fields fields() {
        return Fields.CHECK;
    }

    @Override
    public Object data() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ok", ok);
        List<Object> list = new ArrayList<>();
        for (Diagnostic d : problems) list.add(Views.diagnostic(d));
        view.put("problems", list);
        return view;
    }

    /** FILE:LINE:COLUMN: severity[CODE]: message, a line each; or that there are none. */
    @Override
    public void text(Page page) {
        for (Diagnostic d : problems) page.out().println(d.detailed());
        if (problems.isEmpty()) page.out().println("ok: " + files + " file" + (files == 1 ? "" : "s") + ", no problems");
    }

    @Override
    public Object sarif() {
        return Sarif.log(problems);
    }
}
