package cn.yanzhen.tracking.projects.domain;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.tracking.figures.domain.Place;
import java.util.UUID;

/**
 * A project as the other slices see it: where it counts (event, destination, industry, park, chain), what it is (its
 * name as signed, the earliest signing it repeats, the jobs it promised, the land it took in m²; each null or 0 when
 * not given) and where it stands, and what it promised at full production (null when nothing).
 */
public record ProjectSummary(UUID signingId, Place place, String projectName, UUID repeatOf, Integer expectedJobs,
                             long landSquareMetres, Progress progress, Signing.Promise promise) {

    public String eventCode() {
        return place.eventCode();
    }

    public String destinationRegion() {
        return place.destinationRegion();
    }

    public String industryCode() {
        return place.industryCode();
    }

    public ProjectStatus status() {
        return progress.status();
    }
}
