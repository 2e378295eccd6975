package dev.terms.render;

import dev.terms.change.Milestone;
import java.util.List;

/** The timeline: every start, end, supersession and event, in date order; {@code qualify}: ids with their agreement. */
public record Milestones(List<Milestone> milestones, boolean qualify) implements View.Listed, View.Prose {

    @Override
    public Fields fields() {
        return Fields.MILESTONE;
    }

    @Override
    public List<?> items() {
        return milestones.stream().map(m -> (Object) ChangeViews.milestone(m)).toList();
    }

    @Override
    public void text(Page page) {
        ChangeViews.milestones(milestones, qualify, page.style(), page.out());
    }
}
