package cn.yanzhen.capacity.api;

import cn.yanzhen.capacity.domain.ParkLand;
import cn.yanzhen.capacity.persistence.ParkEntity;
import java.time.Instant;

/** A park's land as capacity holds it, in 亩; {@code reservations} counts the signings holding some. */
public record ParkCapacityView(String code, String name, String region, long version, double availableLandMu,
                               double reservedLandMu, double remainingLandMu, long reservations, Instant updatedAt) {

    static ParkCapacityView of(ParkEntity park, ParkLand land) {
        return new ParkCapacityView(park.parkCode, park.name, park.region, park.version, land.availableMu(),
                land.reservedMu(), land.remainingMu(), land.reservations(), park.updatedAt);
    }
}
