package cn.yanzhen.intake.persistence;

import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.Signing.LinkStatus;
import cn.yanzhen.contracts.signing.Signing.Promise;
import cn.yanzhen.contracts.signing.Signing.RepeatOf;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.intake.domain.RepeatRule;
import cn.yanzhen.intake.domain.SigningSubmission;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "signing")
public class SigningEntity {

    @Id
    public UUID id;
    public String eventCode;
    public String externalRef;
    public String projectName;
    public String investorName;
    public String investorCreditCode;
    public String investorOriginRegion;
    public String destinationRegion;
    public String park;
    public String industryCode;
    public long investmentYuan;
    public LocalDate signedOn;
    public Integer expectedJobs;
    public Double landHa;
    public Double energyGwhPerYear;
    public LocalDate plannedCommencement;
    @Enumerated(EnumType.STRING)
    public SigningStatus status;
    public Instant registeredAt;
    public String withdrawalReason;
    public Instant withdrawnAt;
    public UUID repeatOf;
    public String repeatMatchedOn;
    @Enumerated(EnumType.STRING)
    public LinkStatus repeatStatus;
    public Double promiseDesignCapacity;
    public String promiseCapacityUnit;
    public Long promiseAnnualOutputYuan;
    public Long promiseAnnualTaxYuan;
    public LocalDate promiseFullProductionBy;
    /** The pipeline's lead this signing converted (docs/contract.md §4.1.3), null when none is linked. */
    public String leadId;
    /** The registered park, given with the signing or assigned when a park of its free-text name was registered. */
    public String parkCode;
    /** The industrial chain (§4.1.4) the organiser named or intake suggested from the industry, null when none. */
    public String chainCode;

    public static SigningEntity register(String eventCode, SigningSubmission submission, Instant now,
                                         RepeatOf repeatOf) {
        SigningEntity entity = new SigningEntity();
        entity.id = UUID.randomUUID();
        entity.eventCode = eventCode;
        entity.externalRef = submission.externalRef();
        entity.projectName = submission.projectName();
        entity.investorName = submission.investor().name();
        entity.investorCreditCode = submission.investor().creditCode();
        entity.investorOriginRegion = submission.investor().originRegion();
        entity.destinationRegion = submission.destinationRegion();
        entity.park = submission.park();
        entity.parkCode = submission.parkCode();
        entity.chainCode = submission.chainCode();
        entity.industryCode = submission.industryCode();
        entity.investmentYuan = submission.investmentYuan();
        entity.signedOn = submission.signedOn();
        entity.expectedJobs = submission.expectedJobs();
        entity.landHa = submission.landHa();
        entity.energyGwhPerYear = submission.energyGwhPerYear();
        entity.plannedCommencement = submission.plannedCommencement();
        entity.status = SigningStatus.REGISTERED;
        entity.registeredAt = now;
        entity.link(repeatOf);
        entity.promise(submission.promise());
        return entity;
    }

    public void withdraw(String reason, Instant now) {
        status = SigningStatus.WITHDRAWN;
        withdrawalReason = reason;
        withdrawnAt = now;
    }

    /** Links the signing to the earlier one it repeats, or removes the link ({@code null}). */
    public void link(RepeatOf link) {
        repeatOf = link == null ? null : link.signingId();
        repeatMatchedOn = link == null ? null : String.join(",", link.matchedOn());
        repeatStatus = link == null ? null : link.status();
    }

    private void promise(Promise promise) {
        promiseDesignCapacity = promise == null ? null : promise.designCapacity();
        promiseCapacityUnit = promise == null ? null : promise.capacityUnit();
        promiseAnnualOutputYuan = promise == null ? null : promise.annualOutputYuan();
        promiseAnnualTaxYuan = promise == null ? null : promise.annualTaxYuan();
        promiseFullProductionBy = promise == null ? null : promise.fullProductionBy();
    }

    /** The promise at full production, null when the signing made none. */
    public Promise promise() {
        Promise promise = new Promise(promiseDesignCapacity, promiseCapacityUnit, promiseAnnualOutputYuan,
                promiseAnnualTaxYuan, promiseFullProductionBy);
        return promise.equals(Promise.NONE) ? null : promise;
    }

    public RepeatOf repeat() {
        return repeatOf == null ? null : new RepeatOf(repeatOf,
                repeatMatchedOn.isEmpty() ? List.of() : List.of(repeatMatchedOn.split(",")), repeatStatus);
    }

    /** What the repeat rule compares. */
    public RepeatRule.Candidate candidate() {
        return new RepeatRule.Candidate(id, investorCreditCode, destinationRegion, industryCode, investmentYuan, signedOn,
                registeredAt, repeatOf);
    }

    /**
     * Whether a submission is this signing again: a submission that names no park code matches whatever code the
     * signing holds, since the signing may have been given one when its park was registered after it; one that names
     * no chain matches whatever chain the signing holds, since intake suggested it from the chains of that time.
     */
    public boolean holds(SigningSubmission submission) {
        return toSubmission(submission.parkCode() == null ? null : parkCode,
                submission.chainCode() == null ? null : chainCode).equals(submission);
    }

    private SigningSubmission toSubmission(String withParkCode, String withChainCode) {
        return new SigningSubmission(externalRef, projectName,
                new Investor(investorName, investorCreditCode, investorOriginRegion), destinationRegion, park,
                industryCode, investmentYuan, signedOn, expectedJobs, landHa, energyGwhPerYear, plannedCommencement,
                promise(), withParkCode, withChainCode);
    }

    public Signing toSigning() {
        Signing.Withdrawal withdrawal = status == SigningStatus.WITHDRAWN
                ? new Signing.Withdrawal(withdrawalReason, withdrawnAt) : null;
        return new Signing(id, eventCode, externalRef, projectName,
                new Investor(investorName, investorCreditCode, investorOriginRegion), destinationRegion, park,
                industryCode, investmentYuan, signedOn, expectedJobs, landHa, energyGwhPerYear, plannedCommencement,
                status, registeredAt, withdrawal, repeat(), promise(), parkCode, leadId, chainCode);
    }
}
