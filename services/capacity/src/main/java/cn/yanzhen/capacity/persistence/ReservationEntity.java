package cn.yanzhen.capacity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "reservation")
public class ReservationEntity {

    @Id
    @Column(name = "signing_id")
    public UUID signingId;
    @Column(name = "holder_region")
    public String holderRegion;
    @Column(name = "destination_region")
    public String destinationRegion;
    @Column(name = "event_code")
    public String eventCode;
    @Column(name = "land_ha")
    public double landHa;
    public long labour;
    @Column(name = "energy_gwh_per_year")
    public double energyGwhPerYear;
    @Column(name = "match_event_id")
    public String matchEventId;
    @Column(name = "reserved_at")
    public Instant reservedAt;
    @Column(name = "released_at")
    public Instant releasedAt;

    public boolean active() {
        return releasedAt == null;
    }
}
