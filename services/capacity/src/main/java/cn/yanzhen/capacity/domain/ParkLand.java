package cn.yanzhen.capacity.domain;

import cn.yanzhen.contracts.capacity.ParkCapacity;

/**
 * A park's land in 亩: what the registry says is available, what the matched signings naming the park hold
 * (their hectares × 15, to a thousandth) and how many they are.
 */
public record ParkLand(double availableMu, double reservedMu, long reservations) {

    public static ParkLand of(double availableMu, double reservedHa, long reservations) {
        return new ParkLand(availableMu, Ledger.round(ParkCapacity.muOf(reservedHa)), reservations);
    }

    /** Below 0 when the signings hold more than the park has. */
    public double remainingMu() {
        return Ledger.round(availableMu - reservedMu);
    }
}
