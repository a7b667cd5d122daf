package cn.yanzhen.capacity.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "reservation")
public class ReservationEntity {

    @Id
    public UUID signingId;
    /** The region whose profile answers for the destination; null when none does. */
    public String holderRegion;
    public String destinationRegion;
    public String eventCode;
    public double landHa;
    public long labour;
    public double energyGwhPerYear;
    public String matchEventId;
    public Instant reservedAt;
    public Instant releasedAt;
    /** The park the signing names, its land held there; null when it names none. */
    public String parkCode;

    public boolean active() {
        return releasedAt == null;
    }
}
