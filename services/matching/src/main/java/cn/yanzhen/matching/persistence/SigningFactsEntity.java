package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.reference.FactorClass;
import cn.yanzhen.matching.domain.SigningFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "signing_facts")
public class SigningFactsEntity {

    @Id
    @Column(name = "signing_id")
    public UUID signingId;
    @Column(name = "event_code")
    public String eventCode;
    @Column(name = "origin_region")
    public String originRegion;
    @Column(name = "destination_region")
    public String destinationRegion;
    @Column(name = "destination_zone")
    public String destinationZone;
    @Column(name = "industry_code")
    public String industryCode;
    @Column(name = "industry_group")
    public String industryGroup;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "land_ha")
    public double landHa;
    @Column(name = "energy_gwh_per_year")
    public double energyGwhPerYear;
    public long jobs;
    public boolean withdrawn;

    SigningFacts toFacts(FactorClass factorClass) {
        return new SigningFacts(originRegion, destinationRegion, industryCode, factorClass, landHa, energyGwhPerYear,
                jobs);
    }
}
