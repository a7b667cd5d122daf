package cn.yanzhen.tracking.verification.application;

import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.application.ScopeFigurePart;
import cn.yanzhen.tracking.figures.application.StatsDraft;
import cn.yanzhen.tracking.verification.persistence.VerificationBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** A scope's verification backlog (docs/contract.md §4.4.1) as its record shows it: how many wait, since when. */
@ApplicationScoped
class BacklogOfScopes implements ScopeFigurePart {

    private final VerificationBacklog backlog;

    BacklogOfScopes(VerificationBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public void readInto(Map<String, StatsDraft> drafts) {
        Map<String, Stats.Backlog> backlogs = backlog.of(List.copyOf(drafts.keySet()));
        drafts.forEach((scope, draft) -> draft.backlog(backlogs.getOrDefault(scope, Stats.Backlog.NONE)));
    }
}
