package cn.yanzhen.capacity.domain;

import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.park.ParkCodes;
import java.util.Optional;

/**
 * What makes a registry's park one capacity can hold land in. Intake refuses anything else at its edge
 * (docs/contract.md §4.1.5), so a park that breaks these was never intake's: it is set aside, not stored.
 */
public final class ParkRecords {

    /** The most land intake lets a park have (亩). */
    static final double MAX_LAND_MU = 15_000_000;

    private ParkRecords() {
    }

    /** Why the park cannot be held, or empty when it can. */
    public static Optional<String> problemWith(Park park) {
        if (!ParkCodes.isWellFormed(park.code())) {
            return Optional.of("park code " + park.code() + " is not 2-32 upper-case letters, digits and '-'");
        }
        if (park.name() == null || park.name().isBlank() || park.region() == null || park.updatedAt() == null) {
            return Optional.of("park " + park.code() + " lacks its name, region or updatedAt");
        }
        double land = park.availableLandMu();
        if (!Double.isFinite(land) || land < 0 || land > MAX_LAND_MU) {
            return Optional.of("park " + park.code() + " availableLandMu " + land + " is not from 0 to 15000000");
        }
        return Optional.empty();
    }
}
