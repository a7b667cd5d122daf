package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.pipeline.PipelineCount;
import cn.yanzhen.contracts.pipeline.PipelineCount.LeadFacts;
import cn.yanzhen.contracts.pipeline.PipelineFigures;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The industrial chains (产业链, docs/contract.md §4.1.4) as intake sets them, each with tracking's figures of the
 * projects tagged to it ({@code chain:CODE}) and its leads in the pipeline, counted by {@link PipelineCount} as
 * intake's {@code GET /api/pipeline/figures?scope=chain:CODE} counts them.
 */
final class ChainTables {

    private static final String CHAIN = "chain:";
    private static final List<Column> COLUMNS = List.of(Column.text("产业链代码"), Column.text("产业链"),
            Column.text("省份代码"), Column.text("省份"), Column.text("行业代码"), Column.text("链主企业"),
            Column.count("签约项目"), Column.yuan("签约额"), Column.count("开工项目"), Column.yuan("完成投资"),
            Column.count("项目线索"), Column.count("在谈项目"), Column.yuan("在谈总投资"));

    private final ReadModel model;
    private final RegionDirectory regions;

    ChainTables(ReadModel model, RegionDirectory regions) {
        this.model = model;
        this.regions = regions;
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
        return new Table("chains", "产业链" + (region == null ? "" : " · " + name(region)), COLUMNS, rows);
    }

    private List<Object> row(IndustrialChain chain, List<LeadFacts> leads) {
        Breakdown figures = model.stats(CHAIN + chain.code()).map(Breakdown::of).orElse(Breakdown.NONE);
        PipelineFigures pipeline = PipelineCount.of(CHAIN + chain.code(), leads);
        return List.of(chain.code(), chain.name(), chain.province(), name(chain.province()), String.join("、", chain.industries()),
                String.join("、", chain.leadFirms()), figures.signedCount(), figures.signedYuan(),
                figures.commencedCount(), figures.completedYuan(), pipeline.leads().count(),
                pipeline.inNegotiation().count(), pipeline.inNegotiation().amountYuan());
    }

    private String name(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
