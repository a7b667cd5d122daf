package cn.yanzhen.contracts.signing;

import java.time.Instant;
import java.time.LocalDate;
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
        Withdrawal withdrawal) {

    /** Why and when the organiser took the signing back. */
    public record Withdrawal(String reason, Instant withdrawnAt) {
    }
}
