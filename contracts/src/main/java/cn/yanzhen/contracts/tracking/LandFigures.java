package cn.yanzhen.contracts.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The land a scope's projects took and what it yields on it (亩均, docs/contract.md §4.5.7), over the open projects
 * whose signing stated their land: how many, the land in 亩 (mu, 1/15 ha), their signed investment, and the investment
 * intensity (投资强度, 万元/亩); per reported period, over those of them that reported outcomes, their land, output
 * value and tax and both per 亩 (亩均产值, 亩均税收, 万元/亩). Land is kept in square metres, so sums stay exact; the
 * per-亩 figures are rounded half up to two decimals and null when no land stands behind them.
 */
public record LandFigures(long projects, BigDecimal takenMu, long investmentYuan, BigDecimal investmentPerMuWanYuan,
                          List<PeriodYield> periods) {

    public static final LandFigures NONE = of(0, 0, 0, List.of());

    public LandFigures {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    public static LandFigures of(long projects, long landSquareMetres, long investmentYuan, List<PeriodYield> periods) {
        return new LandFigures(projects, mu(landSquareMetres), investmentYuan,
                wanYuanPerMu(investmentYuan, landSquareMetres), periods);
    }

    /** One period's yield: over the projects with land that reported it, what they produced and paid per 亩. */
    public record PeriodYield(String period, long projects, BigDecimal landMu, long outputValueYuan, long taxPaidYuan,
                              BigDecimal outputPerMuWanYuan, BigDecimal taxPerMuWanYuan) {

        public static PeriodYield of(String period, long projects, long landSquareMetres, long outputValueYuan,
                                     long taxPaidYuan) {
            return new PeriodYield(period, projects, mu(landSquareMetres), outputValueYuan, taxPaidYuan,
                    wanYuanPerMu(outputValueYuan, landSquareMetres), wanYuanPerMu(taxPaidYuan, landSquareMetres));
        }
    }

    /** A hectare figure as the whole square metres it is kept in. */
    public static long squareMetres(double hectares) {
        return Math.round(hectares * 10_000);
    }

    static BigDecimal mu(long squareMetres) {
        return new BigDecimal(squareMetres).multiply(new BigDecimal("15")).movePointLeft(4)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** 万元 per 亩: yuan ÷ 10,000 ÷ (m² × 15 ÷ 10,000) = yuan ÷ (15 m²). */
    static BigDecimal wanYuanPerMu(long yuan, long squareMetres) {
        if (squareMetres <= 0) {
            return null;
        }
        return new BigDecimal(yuan).divide(new BigDecimal(squareMetres).multiply(new BigDecimal("15")), 2,
                RoundingMode.HALF_UP);
    }
}
