package cn.yanzhen.capacity.api;

import cn.yanzhen.capacity.persistence.ReservationEntity;
import java.time.Instant;
import java.util.UUID;

/** Capacity a matched signing holds in a region. */
public record ReservationView(UUID signingId, String eventCode, String destinationRegion, double landHa, long labour,
                              double energyGwhPerYear, Instant reservedAt) {

    static ReservationView of(ReservationEntity reservation) {
        return new ReservationView(reservation.signingId, reservation.eventCode, reservation.destinationRegion,
                reservation.landHa, reservation.labour, reservation.energyGwhPerYear, reservation.reservedAt);
    }
}
