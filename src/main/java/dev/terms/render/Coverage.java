package dev.terms.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which clause categories the files encode, as coverage prints them: one row a category. */
public record Coverage(List<Category> categories) implements View.Listed, View.Prose, View.Tabular {

    @Override
    public Fields fields() {
        return Fields.COVERAGE;
    }

    /**
     * One category: the kinds that encode it, the agreement fields that do (empty for most), the
     * clauses found, and whether it is covered (by a clause or a field).
     */
    public record Category(String name, List<String> kinds, List<String> fields, List<String> clauses, boolean covered) {}

    @Override
    public List<?> items() {
        List<Object> out = new ArrayList<>();
        for (Category c : categories) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("category", c.name());
            m.put("kinds", c.kinds());
            if (!c.fields().isEmpty()) m.put("fields", c.fields());
            m.put("clauses", c.clauses());
            m.put("covered", c.covered());
            out.add(m);
        }
        return out;
    }

    /** The table, aligned even in a pipe, and how many categories are covered. */
    @Override
    public void text(Page page) {
        TextRender.table(headers(), rows(), true, false, page.style(), page.out());
        long n = categories.stream().filter(Category::covered).count();
        page.out().println(n + " of " + categories.size() + " categories covered");
    }

    @Override
    public List<String> headers() {
        return List.of("CATEGORY", "COVERED", "CLAUSES");
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Category c : categories) {
            String by = !c.clauses().isEmpty() ? String.join(",", c.clauses()) : c.covered() ? String.join(",", c.fields()) : "";
            rows.add(List.of(c.name(), c.covered() ? "yes" : "no", by));
        }
        return rows;
    }
}
