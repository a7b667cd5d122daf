package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.pipeline.PipelineCount;
import cn.yanzhen.contracts.pipeline.PipelineCount.LeadFacts;
import cn.yanzhen.contracts.pipeline.PipelineFigures;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.LandFigures;
import cn.yanzhen.contracts.tracking.LandFigures.PeriodYield;
import cn.yanzhen.contracts.tracking.Stats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What intake registers beside the pipeline, each with tracking's figures of its projects as published: the parks
 * (园区, docs/contract.md §4.1.5; {@code park:CODE}, the projects whose signing names the park) with what was signed,
 * commenced and invested there, the land its projects took with the investment per 亩 (投资强度) and what the land
 * yielded in the latest period tracking reports (亩均产值, 亩均税收, §4.5.7); and the industrial chains (产业链, §4.1.4;
 * {@code chain:CODE}) with their leads in the pipeline, counted by {@link PipelineCount} as intake's
 * {@code GET /api/pipeline/figures?scope=chain:CODE} counts them. A region's parks are those lying in it and those it
 * builds as partner (共建): a co-built park counts for its partner too, marked as such.
 */
final class ParkAndChainTables {

    private static final String OWN = "本地";
    private static final String PARTNER = "共建方";
    private static final Map<Park.Level, String> LEVELS = Map.of(Park.Level.NATIONAL, "国家级",
            Park.Level.PROVINCIAL, "省级", Park.Level.MUNICIPAL, "市级", Park.Level.COUNTY, "县级");
    private static final List<Column> PARK_COLUMNS = List.of(Column.text("园区代码"), Column.text("园区"),
            Column.text("级别"), Column.text("所在地区代码"), Column.text("所在地区"), Column.text("共建方代码"),
            Column.text("共建方"), Column.text("计入方式"), Column.decimal("规划面积（亩）"),
            Column.decimal("可用面积（亩）"), Column.count("签约项目"), Column.yuan("签约额"), Column.count("开工项目"),
            Column.yuan("完成投资"), Column.decimal("已用地（亩）"), Column.decimal("投资强度（万元/亩）"),
            Column.text("最新期次"), Column.decimal("亩均产值（万元/亩）"), Column.decimal("亩均税收（万元/亩）"));
    private static final String CHAIN = "chain:";
    private static final List<Column> CHAIN_COLUMNS = List.of(Column.text("产业链代码"), Column.text("产业链"),
            Column.text("省份代码"), Column.text("省份"), Column.text("行业代码"), Column.text("链主企业"),
            Column.count("签约项目"), Column.yuan("签约额"), Column.count("开工项目"), Column.yuan("完成投资"),
            Column.count("项目线索"), Column.count("在谈项目"), Column.yuan("在谈总投资"));

    private final ReadModel model;
    private final RegionDirectory regions;

    ParkAndChainTables(ReadModel model, RegionDirectory regions) {
        this.model = model;
        this.regions = regions;
    }

    /** Every park by code, or with {@code region} those lying in it (本地) and those it builds as partner (共建方). */
    Table parks(String region) {
        List<List<Object>> rows = new ArrayList<>();
        for (Park park : model.parks()) {
            countedAs(park, region).ifPresent(counted -> rows.add(row(park, counted)));
        }
        return new Table("parks", "园区" + (region == null ? "" : " · " + name(region)), PARK_COLUMNS, rows);
    }

    /** A partner's code may be a province or a city: the park counts for every region the partner lies in. */
    private Optional<String> countedAs(Park park, String region) {
        if (region == null || regions.isWithin(park.region(), region)) {
            return Optional.of(OWN);
        }
        return park.partner() != null && regions.isWithin(park.partner(), region) ? Optional.of(PARTNER)
                : Optional.empty();
    }

    private List<Object> row(Park park, String counted) {
        Optional<Stats> stats = model.stats("park:" + park.code());
        Breakdown figures = stats.map(Breakdown::of).orElse(Breakdown.NONE);
        LandFigures land = stats.map(Stats::land).orElse(LandFigures.NONE);
        // tracking lists the periods most recent first (a year before its own fourth quarter)
        Optional<PeriodYield> latest = land.periods().stream().findFirst();
        return Arrays.asList(park.code(), park.name(), LEVELS.get(park.level()), park.region(), name(park.region()),
                park.partner(), park.partner() == null ? null : name(park.partner()), counted,
                mu(park.plannedLandMu()), mu(park.availableLandMu()), figures.signedCount(), figures.signedYuan(),
                figures.commencedCount(), figures.completedYuan(), land.takenMu(), land.investmentPerMuWanYuan(),
                latest.map(PeriodYield::period).orElse(null),
                latest.map(PeriodYield::outputPerMuWanYuan).orElse(null),
                latest.map(PeriodYield::taxPerMuWanYuan).orElse(null));
    }

    /** Two decimals, as every 亩 figure of the table, and never in exponent notation in the exports. */
    private static BigDecimal mu(double mu) {
        return BigDecimal.valueOf(mu).setScale(2, RoundingMode.HALF_UP);
    }

    /** Every chain by code, or with {@code region} the chains of the province it is or lies in. */
    Table chains(String region) {
        Map<String, List<LeadFacts>> leadsByChain = model.leads().stream().filter(lead -> lead.chainCode() != null)
                .collect(Collectors.groupingBy(PipelineLead::chainCode,
                        Collectors.mapping(PipelineLead::facts, Collectors.toList())));
        List<List<Object>> rows = new ArrayList<>();
        for (IndustrialChain chain : model.chains()) {
            if (region == null || regions.isWithin(region, chain.province())) {
                rows.add(row(chain, leadsByChain.getOrDefault(chain.code(), List.of())));
            }
        }
        return new Table("chains", "产业链" + (region == null ? "" : " · " + name(region)), CHAIN_COLUMNS, rows);
    }

    private List<Object> row(IndustrialChain chain, List<LeadFacts> leads) {
        Breakdown figures = model.stats(CHAIN + chain.code()).map(Breakdown::of).orElse(Breakdown.NONE);
        PipelineFigures pipeline = PipelineCount.of(CHAIN + chain.code(), leads);
        return List.of(chain.code(), chain.name(), chain.province(), name(chain.province()),
                String.join("、", chain.industries()), String.join("、", chain.leadFirms()), figures.signedCount(),
                figures.signedYuan(),
                figures.commencedCount(), figures.completedYuan(), pipeline.leads().count(),
                pipeline.inNegotiation().count(), pipeline.inNegotiation().amountYuan());
    }

    private String name(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
