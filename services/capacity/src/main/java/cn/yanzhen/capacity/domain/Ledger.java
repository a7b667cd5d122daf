package cn.yanzhen.capacity.domain;

import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import java.util.ArrayList;
import java.util.List;

/** What remains of a region's capacity once its reservations are taken off, and where it is overdrawn. */
public final class Ledger {

    private Ledger() {
    }

    /** Figures are kept to a thousandth (of a hectare, of a GWh): sums of many doubles stay readable. */
    private static final double PRECISION = 1000;

    public static Amounts remaining(Profile profile, Amounts reserved) {
        return new Amounts(round(profile.landAvailableHa() - reserved.landHa()),
                profile.labourAvailable() - reserved.labour(),
                round(profile.energyAvailableGwhPerYear() - reserved.energyGwhPerYear()));
    }

    /** Reserved totals as summed by the database, without binary floating-point residue. */
    public static Amounts reserved(double landHa, long labour, double energyGwhPerYear) {
        return new Amounts(round(landHa), labour, round(energyGwhPerYear));
    }

    static double round(double value) {
        return Math.round(value * PRECISION) / PRECISION;
    }

    /** The dimensions reserved beyond what is available, as a person would read them; empty when none. */
    public static List<String> overdrawn(Profile profile, Amounts reserved) {
        List<String> overdrawn = new ArrayList<>();
        if (reserved.landHa() > profile.landAvailableHa()) {
            overdrawn.add("land reserved " + reserved.landHa() + " ha of " + profile.landAvailableHa() + " ha");
        }
        if (reserved.labour() > profile.labourAvailable()) {
            overdrawn.add("labour reserved " + reserved.labour() + " of " + profile.labourAvailable());
        }
        if (reserved.energyGwhPerYear() > profile.energyAvailableGwhPerYear()) {
            overdrawn.add("energy reserved " + reserved.energyGwhPerYear() + " GWh/yr of "
                    + profile.energyAvailableGwhPerYear() + " GWh/yr");
        }
        return overdrawn;
    }
}
