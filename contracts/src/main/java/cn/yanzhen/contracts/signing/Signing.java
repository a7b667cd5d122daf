package cn.yanzhen.contracts.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed project as intake holds it: the payload of both {@code yanzhen.signing.registered} and
 * {@code yanzhen.signing.withdrawn}, and intake's REST representation.
 */
public record Signing(
        UUID id,
        String eventCode,
        String externalRef,
        String projectName,
        Investor investor,
        String destinationRegion,
        String park,
        String industryCode,
        long investmentYuan,
        LocalDate signedOn,
        Integer expectedJobs,
        Double landHa,
        Double energyGwhPerYear,
        LocalDate plannedCommencement,
        SigningStatus status,
        Instant registeredAt,
        Withdrawal withdrawal,
        RepeatOf repeatOf) {

    /**
     * The earlier signing of the same project that this one repeats (重复签约): found by intake's rule
     * ({@code SUSPECTED}, with the fields that matched) or set by the organiser ({@code CONFIRMED}).
     */
    public record RepeatOf(UUID signingId, List<String> matchedOn, LinkStatus status) {
    }

    public enum LinkStatus {
        SUSPECTED,
        CONFIRMED
    }

    /** Why and when the organiser took the signing back. */
    public record Withdrawal(String reason, Instant withdrawnAt) {
    }
}
