package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.persistence.ScopeIndustryGroups;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The industry groups a region has received (docs/contract.md §4.5.4): kept in scope_industry_group. */
@ApplicationScoped
class IndustryGroupsOfScopes implements ScopeFigureTable, ScopeFigurePart {

    private final ScopeIndustryGroups groups;

    IndustryGroupsOfScopes(ScopeIndustryGroups groups) {
        this.groups = groups;
    }

    @Override
    public FigureTable<?> table() {
        return ScopeIndustryGroups.TABLE;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, List<String>> received = groups.read(List.copyOf(drafts.keySet()));
        received.forEach((scope, industryGroups) -> drafts.get(scope).industryGroups(industryGroups));
    }
}
