package cn.yanzhen.contracts.reference;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The electricity CO₂ emission factor of each province, 2022, as the Ministry of Ecology and Environment and the
 * National Bureau of Statistics published them in December 2024 (file {@code contracts/reference/electricity-factors.csv}:
 * province,name,tco2_per_mwh,basis,source; docs/contract.md §4.5.2). A province whose own figure was not found in a
 * published source carries the published national average, marked {@link Basis#NATIONAL_AVERAGE}.
 */
public final class ElectricityFactors {

    private static final String RESOURCE = "contracts/reference/electricity-factors.csv";
    /** The published national average for 2022 (全国电力平均二氧化碳排放因子), in tCO₂/MWh. */
    public static final BigDecimal NATIONAL_AVERAGE = new BigDecimal("0.5366");

    /** Where a row's factor comes from. */
    public enum Basis {
        PUBLISHED,
        NATIONAL_AVERAGE
    }

    /**
     * One province's factor in tCO₂/MWh as published (4 decimals). {@link #tenThousandths()} is the same number as an
     * integer, so that MWh × factor stays exact.
     */
    public record Factor(String province, String name, BigDecimal tco2PerMwh, Basis basis, String source) {

        public long tenThousandths() {
            return tco2PerMwh.movePointRight(4).longValueExact();
        }
    }

    private final Map<String, Factor> byProvince;

    private ElectricityFactors(Map<String, Factor> byProvince) {
        this.byProvince = byProvince;
    }

    /** The project's own reference file. */
    public static ElectricityFactors load() {
        return new ElectricityFactors(ReferenceCsv.rows(RESOURCE).stream()
                .map(row -> new Factor(row[0], row[1], new BigDecimal(row[2]), Basis.valueOf(row[3]), row[4]))
                .collect(Collectors.toUnmodifiableMap(Factor::province, Function.identity())));
    }

    public Optional<Factor> of(String province) {
        return Optional.ofNullable(byProvince.get(province));
    }

    /** The factor of the province {@code region} lies in, in ten-thousandths of tCO₂/MWh; the national average when unknown. */
    public long tenThousandthsFor(String region, RegionDirectory regions) {
        var chain = regions.selfAndAncestors(region);
        return chain.isEmpty() ? NATIONAL_AVERAGE.movePointRight(4).longValueExact()
                : of(chain.get(chain.size() - 1).code()).map(Factor::tenThousandths)
                        .orElse(NATIONAL_AVERAGE.movePointRight(4).longValueExact());
    }

    public Map<String, Factor> all() {
        return byProvince;
    }
}
