package cn.yanzhen.tracking.projects.application;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import cn.yanzhen.tracking.projects.persistence.ProjectAlerts;
import cn.yanzhen.tracking.projects.persistence.ProjectQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Raises a project's alert at most once per code and occasion, and publishes it on {@code yanzhen.alerts}. */
@ApplicationScoped
public class ProjectAlarms {

    private final ProjectAlerts alerts;
    private final ProjectQueries projects;
    private final Outbox outbox;
    private final Clock clock;

    ProjectAlarms(ProjectAlerts alerts, ProjectQueries projects, Outbox outbox, Clock clock) {
        this.alerts = alerts;
        this.projects = projects;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** True when this call raised it; false when the project had it already. */
    public boolean raiseOnce(UUID signingId, Alert.AlertCode code, Alert.Severity severity, String detail) {
        return raiseOnce(signingId, code, "", severity, detail);
    }

    /** The same, once per occasion of the code: e.g. each rejected report raises its own REPORT_REJECTED. */
    public boolean raiseOnce(UUID signingId, Alert.AlertCode code, String occasion, Alert.Severity severity, String detail) {
        Instant now = Instant.now(clock);
        if (!alerts.recordOnce(signingId, code, occasion, detail, now)) {
            return false;
        }
        outbox.publish(new OutgoingEvent(Topics.ALERTS, EventTypes.ALERT, signingId.toString(),
                new Alert(code, severity, signingId.toString(), detail, now,
                        projects.find(signingId).map(project -> project.projectName).orElse(null))));
        return true;
    }
}
