package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.reference.FactorClass;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.matching.domain.CompetitionIndex;
import cn.yanzhen.matching.domain.SigningFacts;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "signing_facts")
public class SigningFactsEntity {

    @Id
    public UUID signingId;
    public String eventCode;
    public String originRegion;
    public String destinationRegion;
    public String destinationZone;
    public String industryCode;
    public String industryGroup;
    public LocalDate signedOn;
    public double landHa;
    public double energyGwhPerYear;
    public long jobs;
    public boolean withdrawn;
    /** The park the signing names, null when none. */
    public String parkCode;

    /** What matching remembers of a signing just registered. */
    public static SigningFactsEntity of(Signing signing, Region destination) {
        SigningFactsEntity facts = new SigningFactsEntity();
        facts.signingId = signing.id();
        facts.eventCode = signing.eventCode();
        facts.originRegion = signing.investor().originRegion();
        facts.destinationRegion = signing.destinationRegion();
        facts.destinationZone = destination.zone().name();
        facts.industryCode = signing.industryCode();
        facts.industryGroup = SigningFacts.groupOf(signing.industryCode());
        facts.signedOn = signing.signedOn();
        facts.landHa = signing.landHa() == null ? 0 : signing.landHa();
        facts.energyGwhPerYear = signing.energyGwhPerYear() == null ? 0 : signing.energyGwhPerYear();
        facts.jobs = signing.expectedJobs() == null ? 0 : signing.expectedJobs();
        facts.parkCode = signing.parkCode();
        return facts;
    }

    public CompetitionIndex.Place place() {
        return new CompetitionIndex.Place(industryGroup, destinationZone, destinationRegion, signedOn);
    }

    public SigningFacts toFacts(FactorClass factorClass) {
        return new SigningFacts(originRegion, destinationRegion, industryCode, factorClass, landHa, energyGwhPerYear,
                jobs);
    }
}
