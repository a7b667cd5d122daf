package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.capacity.ParkCapacity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest {@code yanzhen.park.capacity} of a park, column by column. */
@Entity
@Table(name = "park_capacity_view")
public class ParkCapacityViewEntity {

    @Id
    public String parkCode;
    public String name;
    public String region;
    public long version;
    public double availableLandMu;
    public double reservedLandMu;
    public double remainingLandMu;
    public long reservations;
    public Instant updatedAt;

    void take(ParkCapacity snapshot) {
        parkCode = snapshot.parkCode();
        name = snapshot.name();
        region = snapshot.region();
        version = snapshot.version();
        availableLandMu = snapshot.availableLandMu();
        reservedLandMu = snapshot.reservedLandMu();
        remainingLandMu = snapshot.remainingLandMu();
        reservations = snapshot.reservations();
        updatedAt = snapshot.updatedAt();
    }

    ParkCapacity toSnapshot() {
        return new ParkCapacity(parkCode, name, region, version, availableLandMu, reservedLandMu, remainingLandMu,
                reservations, updatedAt);
    }
}
