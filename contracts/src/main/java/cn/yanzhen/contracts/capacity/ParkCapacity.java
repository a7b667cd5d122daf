package cn.yanzhen.contracts.capacity;

import java.time.Instant;

/**
 * Payload of {@code yanzhen.park.capacity}: a park's land as capacity holds it (docs/contract.md §4.2): what the
 * registry says is available, what the matched signings that name the park reserve, and what remains, in 亩 (mu).
 * {@code reservations} counts the signings holding land there; {@code version} grows with every snapshot.
 */
public record ParkCapacity(
        String parkCode,
        String name,
        String region,
        long version,
        double availableLandMu,
        double reservedLandMu,
        double remainingLandMu,
        long reservations,
        Instant updatedAt) {

    /** 1 hectare is 15 亩: a signing asks for hectares, a park reports 亩. */
    public static final double MU_PER_HA = 15;

    public static double muOf(double hectares) {
        return hectares * MU_PER_HA;
    }

    /** Of two snapshots of one park, the later version; the kept one when they tie. */
    public static ParkCapacity newer(ParkCapacity kept, ParkCapacity offered) {
        return offered.version() < kept.version() ? kept : offered;
    }
}
