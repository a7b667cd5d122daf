package cn.yanzhen.intake.domain.park;

import java.util.List;

/**
 * A park as the province submits it under its code ({@code PUT /api/parks/{code}}); fields the client left out
 * are null, {@code priorityIndustries} empty. {@code level} is the text sent, checked by {@link ParkRules}.
 */
public record ParkSubmission(
        String code,
        String name,
        String region,
        String level,
        Double plannedLandMu,
        Double availableLandMu,
        String partner,
        List<String> priorityIndustries) {

    public ParkSubmission {
        priorityIndustries = priorityIndustries == null ? List.of() : List.copyOf(priorityIndustries);
    }
}
