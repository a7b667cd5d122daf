package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.tracking.figures.domain.EnergyUse;
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
    @Column(name = "signing_id")
    public UUID signingId;
    @Column(name = "event_code")
    public String eventCode;
    @Column(name = "destination_region")
    public String destinationRegion;
    @Column(name = "industry_code")
    public String industryCode;
    @Column(name = "investment_yuan")
    public long investmentYuan;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "planned_commencement")
    public LocalDate plannedCommencement;
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    @Column(name = "commenced_on")
    public LocalDate commencedOn;
    @Column(name = "in_production_on")
    public LocalDate inProductionOn;
    @Column(name = "cumulative_yuan")
    public long cumulativeYuan;
    @Column(name = "last_growth_on")
    public LocalDate lastGrowthOn;
    public boolean overdue;
    public String verdict;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "repeat_of")
    public UUID repeatOf;
    @Column(name = "verified_commenced_on")
    public LocalDate verifiedCommencedOn;
    @Column(name = "verified_in_production_on")
    public LocalDate verifiedInProductionOn;
    @Column(name = "verified_cumulative_yuan")
    public long verifiedCumulativeYuan;
    @Column(name = "verified_investment_received")
    public long verifiedInvestmentReceived;
    @Column(name = "commencement_rejected")
    public boolean commencementRejected;
    @Column(name = "production_rejected")
    public boolean productionRejected;
    @Column(name = "energy_mwh")
    public long energyMwh;
    @Column(name = "origin_region")
    public String originRegion;
    /** The jobs the signing promised; null when it stated none (or the project was registered before V34). */
    @Column(name = "expected_jobs")
    public Integer expectedJobs;
    /** The project's name as signed, for the sheets offices fill in; null for projects registered before V36. */
    @Column(name = "project_name")
    public String projectName;

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
        return project;
    }

    public Progress progress() {
        return new Progress(status, signedOn, investmentYuan, commencedOn, inProductionOn, cumulativeYuan,
                lastGrowthOn, commencementRejected, productionRejected);
    }

    /** The project as the other slices see it. */
    public ProjectSummary summary() {
        return new ProjectSummary(signingId, eventCode, destinationRegion, industryCode, projectName, repeatOf,
                expectedJobs, progress());
    }

    public VerifiedProgress verified() {
        return new VerifiedProgress(verifiedCommencedOn, verifiedInProductionOn, verifiedCumulativeYuan,
                verifiedInvestmentReceived);
    }

    public ProjectState state() {
        return new ProjectState(status, investmentYuan, commencedOn, inProductionOn, cumulativeYuan, overdue, verdict,
                repeatOf != null, verified(), signedOn, energyMwh, originRegion);
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
    }

    public void take(Progress progress) {
        status = progress.status();
        commencedOn = progress.commencedOn();
        inProductionOn = progress.inProductionOn();
        cumulativeYuan = progress.cumulativeYuan();
        lastGrowthOn = progress.lastGrowthOn();
        commencementRejected = progress.commencementRejected();
        productionRejected = progress.productionRejected();
        if (commencedOn != null) {
            overdue = false;
        }
    }
}
