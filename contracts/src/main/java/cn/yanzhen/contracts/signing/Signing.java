package cn.yanzhen.contracts.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed project as intake holds it: the payload of both {@code yanzhen.signing.registered} and
 * {@code yanzhen.signing.withdrawn}, and intake's REST representation. {@code parkCode} names the registered park
 * the project lands in (then {@code park} is that park's name), null when none does; {@code leadId} the lead of the
 * pipeline the signing converted (§4.1.3), null until an office links one; {@code chainCode} the industrial chain the
 * project belongs to (§4.1.4), named by the organiser or suggested from its industry, null when none.
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
        RepeatOf repeatOf,
        Promise promise,
        String parkCode,
        String leadId,
        String chainCode) {

    /**
     * A signing that names no registered park and converted no lead: {@code park} is free text or null, {@code parkCode}
     * and {@code leadId} null, as in every signing written before parks and the pipeline (docs/contract.md §4.1.5).
     */
    public Signing(UUID id, String eventCode, String externalRef, String projectName, Investor investor,
                   String destinationRegion, String park, String industryCode, long investmentYuan, LocalDate signedOn,
                   Integer expectedJobs, Double landHa, Double energyGwhPerYear, LocalDate plannedCommencement,
                   SigningStatus status, Instant registeredAt, Withdrawal withdrawal, RepeatOf repeatOf,
                   Promise promise) {
        this(id, eventCode, externalRef, projectName, investor, destinationRegion, park, industryCode, investmentYuan,
                signedOn, expectedJobs, landHa, energyGwhPerYear, plannedCommencement, status, registeredAt, withdrawal,
                repeatOf, promise, null, null, null);
    }

    /** A signing tagged to no industrial chain, as every signing written before chains were registered. */
    public Signing(UUID id, String eventCode, String externalRef, String projectName, Investor investor,
                   String destinationRegion, String park, String industryCode, long investmentYuan, LocalDate signedOn,
                   Integer expectedJobs, Double landHa, Double energyGwhPerYear, LocalDate plannedCommencement,
                   SigningStatus status, Instant registeredAt, Withdrawal withdrawal, RepeatOf repeatOf,
                   Promise promise, String parkCode, String leadId) {
        this(id, eventCode, externalRef, projectName, investor, destinationRegion, park, industryCode, investmentYuan,
                signedOn, expectedJobs, landHa, energyGwhPerYear, plannedCommencement, status, registeredAt, withdrawal,
                repeatOf, promise, parkCode, leadId, null);
    }

    /**
     * What the signing promises at full production (达产, docs/contract.md §4.1): design capacity as an amount and
     * its unit (8000 吨/月), annual output value and tax in yuan, and the date it expects to reach them. Null when
     * the signing promised none; each part may be null.
     */
    public record Promise(Double designCapacity, String capacityUnit, Long annualOutputYuan, Long annualTaxYuan,
                          LocalDate fullProductionBy) {

        /** No part promised: a signing with it carries no promise (null). */
        public static final Promise NONE = new Promise(null, null, null, null, null);
    }

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
