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
    public String holderRegion;
    public String destinationRegion;
    public String eventCode;
    public double landHa;
    public long labour;
    public double energyGwhPerYear;
    public String matchEventId;
    public Instant reservedAt;
    public Instant releasedAt;

    public boolean active() {
        return releasedAt == null;
    }
}
