package cn.yanzhen.contracts.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payload of {@code yanzhen.signing.matched}: how well a signing fits its destination (docs/contract.md §5). */
public record SigningMatched(
        UUID signingId,
        String eventCode,
        String destinationRegion,
        String industryCode,
        String factorClass,
        int score,
        Verdict verdict,
        List<Reason> reasons,
        List<Alternative> alternatives,
        CapacityRequest capacityRequest,
        Instant matchedAt) {

    public enum Verdict {
        RECOMMENDED,
        ACCEPTABLE,
        RISKY,
        MISMATCH
    }

    public record Reason(String code, int weight, String detail) {
    }

    public record Alternative(String region, int score) {
    }

    public record CapacityRequest(double landHa, double energyGwhPerYear, long jobs) {
    }
}
