package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.tracking.Stats.OverdueProject;
import cn.yanzhen.tracking.figures.application.ScopeFigurePart;
import cn.yanzhen.tracking.figures.application.StatsDraft;
import cn.yanzhen.tracking.figures.domain.Scopes;
import cn.yanzhen.tracking.projects.persistence.OverdueProjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * An event's overdue projects (docs/contract.md §4.5.4) as its record lists them, so that whoever shows the event needs
 * no project of its own; bounded, as {@code overdue} counts them all.
 */
@ApplicationScoped
class OverdueOfEvents implements ScopeFigurePart {

    private static final String EVENT = Scopes.event("");

    private final OverdueProjects overdue;

    OverdueOfEvents(OverdueProjects overdue) {
        this.overdue = overdue;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        List<String> events = drafts.keySet().stream().filter(scope -> scope.startsWith(EVENT))
                .map(scope -> scope.substring(EVENT.length())).toList();
        Map<String, List<OverdueProject>> listed = overdue.of(events, OverdueProject.LISTED);
        listed.forEach((event, projects) -> drafts.get(Scopes.event(event)).overdueProjects(projects));
    }
}
