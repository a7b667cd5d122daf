package cn.yanzhen.tracking.obstacles.application;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleEntity;
import cn.yanzhen.tracking.obstacles.persistence.ObstacleLedger;
import cn.yanzhen.tracking.projects.application.ProjectAlarms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Raises OBSTACLE_UNRESOLVED once per obstacle that has been OPEN or IN_PROGRESS longer than
 * {@code yanzhen.tracking.obstacle-unresolved-days} (docs/contract.md §4.7). The obstacles are taken a page at a time,
 * each page in its own short transaction that passes over obstacles another transaction holds (an office moving
 * one, another replica's scan); the alert's row, unique per project, code and obstacle, makes each raise once.
 */
@ApplicationScoped
public class ObstacleScan {

    private static final int PAGE = 500;

    private final ObstacleLedger ledger;
    private final ProjectAlarms alarms;
    private final int unresolvedDays;

    ObstacleScan(ObstacleLedger ledger, ProjectAlarms alarms,
                 @ConfigProperty(name = "yanzhen.tracking.obstacle-unresolved-days", defaultValue = "30")
                 int unresolvedDays) {
        this.ledger = ledger;
        this.alarms = alarms;
        this.unresolvedDays = unresolvedDays;
    }

    private record Page(String last, int size, int raised) {
    }

    /** Scans the unresolved obstacles as of {@code today}; returns how many alerts were raised. */
    public int scan(LocalDate today) {
        // open longer than N days: opened before today − N
        LocalDate cutoff = today.minusDays(unresolvedDays);
        int raised = 0;
        String after = "";
        while (true) {
            String from = after;
            Page page = QuarkusTransaction.requiringNew().call(() -> scanPage(cutoff, from));
            raised += page.raised();
            if (page.size() < PAGE) {
                return raised;
            }
            after = page.last();
        }
    }

    private Page scanPage(LocalDate cutoff, String after) {
        List<ObstacleEntity> unresolved = ledger.lockUnresolvedBefore(cutoff, after, PAGE);
        int raised = 0;
        for (ObstacleEntity obstacle : unresolved) {
            raised += alarms.raiseOnce(obstacle.signingId, Alert.AlertCode.OBSTACLE_UNRESOLVED, obstacle.obstacleId,
                    Alert.Severity.WARNING, "obstacle " + obstacle.obstacleId + " (" + obstacle.category + ", "
                            + obstacle.department + ") " + obstacle.status + " since " + obstacle.openedOn
                            + ", more than " + unresolvedDays + " days") ? 1 : 0;
        }
        return new Page(unresolved.isEmpty() ? after : unresolved.get(unresolved.size() - 1).obstacleId,
                unresolved.size(), raised);
    }
}
