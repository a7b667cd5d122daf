package cn.yanzhen.tracking.rounds.application;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.tracking.projects.application.ProjectPageParts;
import cn.yanzhen.tracking.projects.domain.RaisedAlert;
import cn.yanzhen.tracking.rounds.domain.MissedReport;
import cn.yanzhen.tracking.rounds.persistence.RoundProjects;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** A MISSED_REPORT on a project's page for each closed round it missed, raised when the round closed. */
@ApplicationScoped
class MissedRoundsOnProjectPage implements ProjectPageParts {

    private final RoundProjects projects;

    MissedRoundsOnProjectPage(RoundProjects projects) {
        this.projects = projects;
    }

    @Override
    public List<RaisedAlert> alerts(UUID signingId) {
        return projects.missedBy(signingId).stream().map(round -> new RaisedAlert(
                Alert.AlertCode.MISSED_REPORT.name(), round.closedAt, MissedReport.detail(round.round()))).toList();
    }
}
