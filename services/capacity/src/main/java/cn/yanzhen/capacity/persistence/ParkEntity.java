package cn.yanzhen.capacity.persistence;

import cn.yanzhen.contracts.park.Park;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A park's land as the registry last said it, and how many snapshots of it capacity published. */
@Entity
@Table(name = "park")
public class ParkEntity {

    @Id
    public String parkCode;
    public String name;
    public String region;
    public double availableLandMu;
    /** The registry's {@code updatedAt} of the park as stored: an older registration is not applied over it. */
    public Instant registryUpdatedAt;
    public long version;
    public Instant updatedAt;

    public static ParkEntity of(Park park, Instant now) {
        ParkEntity entity = new ParkEntity();
        entity.parkCode = park.code();
        entity.version = 0;
        entity.updatedAt = now;
        entity.take(park);
        return entity;
    }

    public void take(Park park) {
        name = park.name();
        region = park.region();
        availableLandMu = park.availableLandMu();
        registryUpdatedAt = park.updatedAt();
    }

    /** Whether the registry's park is what is stored, or older. */
    public boolean alreadyHas(Park park) {
        return !park.updatedAt().isAfter(registryUpdatedAt);
    }
}
