package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.pipeline.PipelineCount;
import cn.yanzhen.contracts.pipeline.PipelineCount.LeadFacts;
import cn.yanzhen.contracts.pipeline.PipelineFigures;
import cn.yanzhen.contracts.pipeline.PipelineFigures.Total;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The pipeline (招商项目库, docs/contract.md §4.1.3) from the leads as they stand, counted by {@link PipelineCount} as
 * intake's {@code GET /api/pipeline/figures} counts them: a scope's figures here are intake's answer for it.
 */
final class PipelineTables {

    static final String ALL = "all";
    private static final String REGION = "region:";

    private final ReadModel model;
    private final RegionDirectory regions;

    PipelineTables(ReadModel model, RegionDirectory regions) {
        this.model = model;
        this.regions = regions;
    }

    /**
     * {@code all}, then {@code region:CODE} of each province and prefecture some lead goes to or into (a county's lead
     * counts in its prefecture and province), by scope.
     */
    SortedMap<String, PipelineFigures> figures() {
        Map<String, List<LeadFacts>> byScope = new TreeMap<>(Map.of(ALL, new ArrayList<>()));
        for (PipelineLead lead : model.leads()) {
            byScope.get(ALL).add(lead.facts());
            regions.selfAndAncestors(lead.destinationRegion()).stream()
                    .filter(region -> region.level() != Region.Level.COUNTY)
                    .forEach(region -> byScope.computeIfAbsent(REGION + region.code(), scope -> new ArrayList<>())
                            .add(lead.facts()));
        }
        SortedMap<String, PipelineFigures> figures = new TreeMap<>();
        byScope.forEach((scope, leads) -> figures.put(scope, PipelineCount.of(scope, leads)));
        return figures;
    }

    /** The figures of the leads going inside {@code region}, or of all leads when it is null. */
    PipelineFigures figures(String region) {
        List<LeadFacts> leads = model.leads().stream()
                .filter(lead -> region == null || regions.isWithin(lead.destinationRegion(), region))
                .map(PipelineLead::facts).toList();
        return PipelineCount.of(region == null ? ALL : REGION + region, leads);
    }

    /** 招商项目库: a row for all leads and for each province and prefecture with leads; {@code region} and those in it only. */
    Table regions(String region) {
        List<List<Object>> rows = new ArrayList<>();
        figures().forEach((scope, figures) -> {
            String code = scope.equals(ALL) ? ALL : scope.substring(REGION.length());
            if (region == null || !code.equals(ALL) && regions.isWithin(code, region)) {
                rows.add(row(code, figures));
            }
        });
        return new Table("pipeline", "招商项目库" + (region == null ? "" : " · " + name(region)), List.of(
                Column.text("地区代码"), Column.text("地区"), Column.count("对接企业"), Column.count("项目数"),
                Column.yuan("总投资"), Column.count("在谈项目"), Column.yuan("在谈总投资"), Column.count("已签约"),
                Column.count("已放弃"), Column.rate("转化率"), Column.count("签约用时中位数（天）")), rows);
    }

    /** 线索 → 在谈 → 意向 → 签约, and 放弃: the leads of a region (or all) at each stage now. */
    Table stages(String region) {
        PipelineFigures figures = figures(region);
        List<List<Object>> rows = Arrays.stream(LeadStage.values()).map(stage -> {
            Total total = figures.byStage().get(stage);
            return List.<Object>of(stage.chinese(), stage.name(), total.count(), total.amountYuan());
        }).toList();
        return new Table("pipeline-stages", "项目阶段 · " + (region == null ? "全部" : name(region)), List.of(
                Column.text("阶段"), Column.text("阶段代码"), Column.count("项目数"), Column.yuan("总投资")), rows);
    }

    private List<Object> row(String code, PipelineFigures figures) {
        // no rate while no lead ended, no median while none signed: empty cells, as intake answers null
        return Arrays.asList(code, code.equals(ALL) ? "全部" : name(code), figures.firmsContacted(),
                figures.leads().count(), figures.leads().amountYuan(), figures.inNegotiation().count(),
                figures.inNegotiation().amountYuan(), figures.converted(), figures.dropped(), figures.conversionRate(),
                figures.medianDaysToSigning());
    }

    private String name(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
