package cn.yanzhen.tracking.figures.domain;

import cn.yanzhen.contracts.reference.ElectricityFactors;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.Stats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A scope's energy figures (docs/contract.md §4.5.2) from its MWh per destination and origin: CO₂ as MWh × the
 * province's factor in ten-thousandths of tCO₂/MWh, summed as integers, so tonnes come out exact to 4 decimals.
 * The green share weighs each destination's demand by the greenPowerShare of its nearest region with a capacity
 * profile (the destination or a region above it, as matching reads capacity); demand with none counts as not covered.
 */
public final class EnergyFigures {

    private final ElectricityFactors factors;
    private final RegionDirectory regions;

    public EnergyFigures(ElectricityFactors factors, RegionDirectory regions) {
        this.factors = factors;
        this.regions = regions;
    }

    public Stats.Energy of(Map<EnergyUse, Long> mwhByUse, Map<String, Double> greenShareByRegion) {
        if (mwhByUse.isEmpty()) {
            return Stats.Energy.NONE;
        }
        long totalMwh = 0;
        long atDestination = 0;
        long atOrigin = 0;
        long withoutProfileMwh = 0;
        BigDecimal greenMwh = BigDecimal.ZERO;
        for (Map.Entry<EnergyUse, Long> entry : mwhByUse.entrySet()) {
            long mwh = entry.getValue();
            String destination = entry.getKey().destinationRegion();
            totalMwh += mwh;
            atDestination += mwh * factors.tenThousandthsFor(destination, regions);
            atOrigin += mwh * factors.tenThousandthsFor(entry.getKey().originRegion(), regions);
            Double green = greenShare(destination, greenShareByRegion);
            if (green == null) {
                withoutProfileMwh += mwh;
            } else {
                greenMwh = greenMwh.add(BigDecimal.valueOf(green).multiply(BigDecimal.valueOf(mwh)));
            }
        }
        double greenShare = totalMwh == 0 ? 0
                : greenMwh.divide(BigDecimal.valueOf(totalMwh), 4, RoundingMode.HALF_UP).doubleValue();
        return new Stats.Energy(BigDecimal.valueOf(totalMwh, 3), BigDecimal.valueOf(atDestination, 4),
                BigDecimal.valueOf(atOrigin, 4), BigDecimal.valueOf(atDestination - atOrigin, 4), greenShare,
                BigDecimal.valueOf(withoutProfileMwh, 3));
    }

    private Double greenShare(String destination, Map<String, Double> greenShareByRegion) {
        for (Region region : regions.selfAndAncestors(destination)) {
            Double share = greenShareByRegion.get(region.code());
            if (share != null) {
                return share;
            }
        }
        return greenShareByRegion.get(destination);
    }
}
