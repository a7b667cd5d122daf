package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.util.UUID;

/**
 * A project as the other slices see it: where it counts (event, destination, industry division), what it is (its
 * name as signed, the earliest signing it repeats, the jobs it promised; each null when not given) and where it stands,
 * and what it promised at full production (null when nothing).
 */
public record ProjectSummary(UUID signingId, String eventCode, String destinationRegion, String industryCode,
                             String projectName, UUID repeatOf, Integer expectedJobs, Progress progress,
                             Signing.Promise promise) {

    /** A project that promised nothing at full production. */
    public ProjectSummary(UUID signingId, String eventCode, String destinationRegion, String industryCode,
                          String projectName, UUID repeatOf, Integer expectedJobs, Progress progress) {
        this(signingId, eventCode, destinationRegion, industryCode, projectName, repeatOf, expectedJobs, progress, null);
    }

    public ProjectStatus status() {
        return progress.status();
    }
}
