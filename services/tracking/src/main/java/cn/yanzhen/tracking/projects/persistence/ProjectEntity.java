package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.LandFigures;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.tracking.figures.domain.EnergyUse;
import cn.yanzhen.tracking.figures.domain.Place;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.figures.domain.VerifiedProgress;
import cn.yanzhen.tracking.projects.domain.Progress;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "project")
public class ProjectEntity {

    @Id
    public UUID signingId;
    public String eventCode;
    public String destinationRegion;
    public String industryCode;
    public long investmentYuan;
    public LocalDate signedOn;
    public LocalDate plannedCommencement;
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    public LocalDate commencedOn;
    public LocalDate inProductionOn;
    public long cumulativeYuan;
    public LocalDate lastGrowthOn;
    public boolean overdue;
    public String verdict;
    public Instant registeredAt;
    public UUID repeatOf;
    public LocalDate verifiedCommencedOn;
    public LocalDate verifiedInProductionOn;
    public long verifiedCumulativeYuan;
    public long verifiedInvestmentReceived;
    public boolean commencementRejected;
    public boolean productionRejected;
    public long energyMwh;
    public String originRegion;
    /** The jobs the signing promised; null when it stated none (or the project was registered before V34). */
    public Integer expectedJobs;
    /** The project's name as signed, for the sheets offices fill in; null for projects registered before V36. */
    public String projectName;
    /** The investor's name as signed, for the dashboard's overdue lists; null for projects registered before V37. */
    public String investorName;
    /** The day the project reached its design capacity (达产), as reported; a verifier may reject it. */
    public LocalDate reachedCapacityOn;
    public boolean capacityRejected;
    public LocalDate verifiedReachedCapacityOn;
    /** The park its signing names and the chain it is tagged to; null when none (or registered before V43). */
    public String parkCode;
    public String chainCode;
    /** The land its signing stated, in m² (0 when none, or registered before V43). */
    @Column(name = "land_m2")
    public long landSquareMetres;
    /** What the signing promised at full production; null when it promised none (or before V39). */
    public Double promiseDesignCapacity;
    public String promiseCapacityUnit;
    public Long promiseAnnualOutputYuan;
    public Long promiseAnnualTaxYuan;
    public LocalDate promiseFullProductionBy;

    /** A new project for a signing just registered, with the verdict if it came first. */
    public static ProjectEntity registered(Signing signing, Instant at, String earlyVerdict) {
        ProjectEntity project = new ProjectEntity();
        project.signingId = signing.id();
        project.eventCode = signing.eventCode();
        project.destinationRegion = signing.destinationRegion();
        project.industryCode = signing.industryCode();
        project.investmentYuan = signing.investmentYuan();
        project.signedOn = signing.signedOn();
        project.plannedCommencement = signing.plannedCommencement();
        project.status = ProjectStatus.SIGNED;
        project.registeredAt = at;
        project.verdict = earlyVerdict;
        project.repeatOf = signing.repeatOf() == null ? null : signing.repeatOf().signingId();
        project.energyMwh = EnergyUse.mwhOf(signing.energyGwhPerYear());
        project.originRegion = signing.investor() == null ? null : signing.investor().originRegion();
        project.expectedJobs = signing.expectedJobs();
        project.projectName = signing.projectName();
        project.investorName = signing.investor() == null ? null : signing.investor().name();
        project.parkCode = signing.parkCode();
        project.chainCode = signing.chainCode();
        project.landSquareMetres = signing.landHa() == null ? 0 : LandFigures.squareMetres(signing.landHa());
        project.keep(signing.promise());
        return project;
    }

    private void keep(Signing.Promise promise) {
        Signing.Promise kept = promise == null ? Signing.Promise.NONE : promise;
        promiseDesignCapacity = kept.designCapacity();
        promiseCapacityUnit = kept.capacityUnit();
        promiseAnnualOutputYuan = kept.annualOutputYuan();
        promiseAnnualTaxYuan = kept.annualTaxYuan();
        promiseFullProductionBy = kept.fullProductionBy();
    }

    /** What the signing promised at full production, null when nothing. */
    public Signing.Promise promise() {
        Signing.Promise promise = new Signing.Promise(promiseDesignCapacity, promiseCapacityUnit,
                promiseAnnualOutputYuan, promiseAnnualTaxYuan, promiseFullProductionBy);
        return promise.equals(Signing.Promise.NONE) ? null : promise;
    }

    public Progress progress() {
        return new Progress(status, signedOn, investmentYuan, commencedOn, inProductionOn, cumulativeYuan,
                lastGrowthOn, commencementRejected, productionRejected, reachedCapacityOn, capacityRejected);
    }

    /** The project as the other slices see it. */
    public ProjectSummary summary() {
        return new ProjectSummary(signingId, place(), projectName, repeatOf, expectedJobs, landSquareMetres,
                progress(), promise());
    }

    /** Where the project counts. */
    public Place place() {
        return new Place(eventCode, destinationRegion, industryCode, parkCode, chainCode);
    }

    public VerifiedProgress verified() {
        return new VerifiedProgress(verifiedCommencedOn, verifiedInProductionOn, verifiedCumulativeYuan,
                verifiedInvestmentReceived, verifiedReachedCapacityOn);
    }

    public ProjectState state() {
        return new ProjectState(status, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, overdue, verdict,
                repeatOf != null, verified(), signedOn, energyMwh, originRegion, reachedCapacityOn, landSquareMetres);
    }

    /** The state its scopes count: a repeat follows {@code earliest}, the project's earliest signing, if known. */
    public ProjectState state(ProjectEntity earliest) {
        return state().following(earliest == null ? null : earliest.state());
    }

    public void take(VerifiedProgress verified) {
        verifiedCommencedOn = verified.commencedOn();
        verifiedInProductionOn = verified.inProductionOn();
        verifiedCumulativeYuan = verified.cumulativeYuan();
        verifiedInvestmentReceived = verified.investmentReport();
        verifiedReachedCapacityOn = verified.reachedCapacityOn();
    }

    public void take(Progress progress) {
        status = progress.status();
        commencedOn = progress.commencedOn();
        inProductionOn = progress.inProductionOn();
        cumulativeYuan = progress.cumulativeYuan();
        lastGrowthOn = progress.lastGrowthOn();
        commencementRejected = progress.commencementRejected();
        productionRejected = progress.productionRejected();
        reachedCapacityOn = progress.reachedCapacityOn();
        capacityRejected = progress.capacityRejected();
        if (commencedOn != null) {
            overdue = false;
        }
    }
}
