package cn.yanzhen.tracking.keyprojects.application;

import cn.yanzhen.tracking.figures.application.ScopeFigurePart;
import cn.yanzhen.tracking.figures.application.ScopeFigureTable;
import cn.yanzhen.tracking.figures.application.StatsDraft;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanFigures;
import cn.yanzhen.tracking.keyprojects.domain.KeyPlanMark;
import cn.yanzhen.tracking.keyprojects.persistence.ScopeKeyProjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Key projects (docs/contract.md §4.9) as a kind of scope figure: kept in scope_key_project, shown as keyProjects. */
@ApplicationScoped
class KeyProjectsOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private final ScopeKeyProjects keyProjects;

    KeyProjectsOfScopes(ScopeKeyProjects keyProjects) {
        this.keyProjects = keyProjects;
    }

    @Override
    public FigureTable<?> table() {
        return ScopeKeyProjects.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, Map<KeyPlanMark.Measure, Long>> counts = keyProjects.read(List.copyOf(drafts.keySet()));
        drafts.forEach((scope, draft) -> draft.keyProjects(KeyPlanFigures.of(counts.getOrDefault(scope, Map.of()))));
    }
}
