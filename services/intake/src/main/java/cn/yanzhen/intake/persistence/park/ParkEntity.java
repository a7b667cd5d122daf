package cn.yanzhen.intake.persistence.park;

import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.intake.domain.park.ParkSubmission;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "park")
public class ParkEntity {

    @Id
    public String code;
    public String name;
    public String region;
    @Enumerated(EnumType.STRING)
    public Park.Level level;
    public double plannedLandMu;
    public double availableLandMu;
    public String partner;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> priorityIndustries;
    public Instant registeredAt;
    public Instant updatedAt;

    /** A new park from a submission that {@code ParkRules} accepted. */
    public static ParkEntity register(ParkSubmission park, Instant now) {
        ParkEntity entity = new ParkEntity();
        entity.code = park.code();
        entity.region = park.region();
        entity.registeredAt = now;
        entity.replaceWith(park, now);
        return entity;
    }

    /** Takes the submission's name, level, land, partner and industries; code and region stay. */
    public void replaceWith(ParkSubmission park, Instant now) {
        name = park.name();
        level = Park.Level.valueOf(park.level());
        plannedLandMu = park.plannedLandMu();
        availableLandMu = park.availableLandMu();
        partner = park.partner();
        priorityIndustries = List.copyOf(park.priorityIndustries());
        updatedAt = now;
    }

    /** Whether the submission says what is stored. */
    public boolean holds(ParkSubmission park) {
        return toSubmission().equals(park);
    }

    public ParkSubmission toSubmission() {
        return new ParkSubmission(code, name, region, level.name(), plannedLandMu, availableLandMu, partner,
                priorityIndustries);
    }

    public Park toPark() {
        return new Park(code, name, region, level, plannedLandMu, availableLandMu, partner, priorityIndustries,
                registeredAt, updatedAt);
    }
}
