package cn.yanzhen.tracking.rounds.application;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ReportingRound.RoundStatus;
import cn.yanzhen.contracts.tracking.ReportingRound;
import cn.yanzhen.tracking.rounds.domain.Round;
import cn.yanzhen.tracking.rounds.domain.RoundOutcome;
import cn.yanzhen.tracking.rounds.domain.RoundTally;
import cn.yanzhen.tracking.rounds.persistence.RoundEntity;
import cn.yanzhen.tracking.rounds.persistence.RoundProjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A round as its readers see it: while open, counted live from the projects and their reports (who has not
 * reported yet is not listed as missing); once closed, as it was when it closed, with how many missed it.
 */
@ApplicationScoped
public class RoundFigures {

    private final RoundProjects projects;
    private final RegionDirectory regions;

    RoundFigures(RoundProjects projects, RegionDirectory regions) {
        this.projects = projects;
        this.regions = regions;
    }

    public ReportingRound of(RoundEntity entity) {
        List<RoundOutcome> outcomes = entity.closedAt != null ? projects.outcomes(entity.code)
                : outcomesNow(entity.round());
        return of(entity, outcomes);
    }

    /** Who owes a report in the round and whether each answered, as the projects stand now. */
    List<RoundOutcome> outcomesNow(Round round) {
        return projects.owing(round, round.destinations(regions)).stream()
                .map(project -> project.in(round)).toList();
    }

    ReportingRound of(RoundEntity entity, List<RoundOutcome> outcomes) {
        RoundTally tally = RoundTally.of(entity.round(), outcomes, regions);
        boolean closed = entity.closedAt != null;
        return new ReportingRound(entity.code, entity.scope, entity.opensOn, entity.dueOn,
                closed ? RoundStatus.CLOSED : RoundStatus.OPEN, entity.openedAt, entity.closedAt, tally.due(),
                tally.reported(), tally.rate(), tally.regions(), closed ? tally.missed() : 0);
    }
}
