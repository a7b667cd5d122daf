package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.pipeline.PipelineFigures;
import cn.yanzhen.contracts.reference.FactorClass;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.reference.Zone;
import cn.yanzhen.contracts.tracking.MonthWindow;
import cn.yanzhen.contracts.tracking.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** Every table of the screen, built from the read model; the page and the exports show the same rows. */
public final class DashboardTables {

    public static final List<String> VERDICTS = List.of("RECOMMENDED", "ACCEPTABLE", "RISKY", "MISMATCH");
    private static final List<FactorClass> FACTOR_CLASSES =
            List.of(FactorClass.LABOUR, FactorClass.RESOURCE, FactorClass.CAPITAL, FactorClass.TECHNOLOGY);

    private final ReadModel model;
    private final RegionDirectory regions;
    private final IndustryCatalogue industries;
    private final AlertTables alertTables;
    private final FlowTables flowTables;
    private final MapTables mapTables;
    private final TrendTables trendTables;
    private final PipelineTables pipelineTables;
    private final CapacityTables capacityTables;
    private final ParkAndChainTables parkAndChainTables;

    public DashboardTables(ReadModel model, RegionDirectory regions, IndustryCatalogue industries) {
        this.model = model;
        this.regions = regions;
        this.industries = industries;
        this.alertTables = new AlertTables(model, regions);
        this.flowTables = new FlowTables(model, regions);
        this.mapTables = new MapTables(model, regions);
        this.trendTables = new TrendTables(model, regions);
        this.pipelineTables = new PipelineTables(model, regions);
        this.capacityTables = new CapacityTables(model, regions);
        this.parkAndChainTables = new ParkAndChainTables(model, regions);
    }

    /** A table by its name; {@code event} or {@code region} choose whose table it is where one is needed. */
    public Optional<Table> table(String name, String event, String region) {
        return table(name, event, region, MonthWindow.ALL_TIME);
    }

    /** The same; {@code window} cuts the tables over time (trend, window) to its months. */
    public Optional<Table> table(String name, String event, String region, MonthWindow window) {
        return Optional.ofNullable(switch (name) {
            case "provinces" -> provinces();
            case "zones" -> zones();
            case "verdicts" -> verdicts("all", "verdicts", "匹配结论");
            case "alerts" -> alertTables.feed();
            case "events" -> events();
            case "regions" -> capacityTables.regions();
            case "event-prefectures" -> event == null ? null : eventPrefectures(event);
            case "event-industries" -> event == null ? null : eventIndustries(event);
            case "event-verdicts" -> event == null ? null : verdicts("event:" + event, name, "匹配结论 · " + event);
            case "event-overdue" -> event == null ? null : eventOverdue(event);
            case "region-capacity" -> region == null ? null : capacityTables.region(region);
            case "region-alerts" -> region == null ? null : alertTables.touching(region);
            case "province-flows" -> flowTables.provinces();
            case "zone-flows" -> flowTables.zones();
            case "region-prefectures" -> region == null ? null : mapTables.prefectures(region);
            case "trend" -> trendTables.months(event, region, window);
            case "window" -> trendTables.window(event, region, window);
            case "pipeline" -> pipelineTables.regions(region);
            case "pipeline-stages" -> pipelineTables.stages(region);
            case "parks" -> parkAndChainTables.parks(region);
            case "chains" -> parkAndChainTables.chains(region);
            default -> null;
        });
    }

    /** The names {@link #table} knows, and which of them need an event or a region. */
    public static final List<String> NAMES = List.of("provinces", "zones", "verdicts", "alerts", "events", "regions",
            "event-prefectures", "event-industries", "event-verdicts", "event-overdue", "region-capacity",
            "region-alerts", "province-flows", "zone-flows", "region-prefectures", "trend", "window", "pipeline",
            "pipeline-stages", "parks", "chains");

    /** The tables of one scope over time: an event's, a region's (never both) or all projects'. */
    public static final List<String> OVER_TIME = List.of("trend", "window");

    /** The tables of all, or of a region (the pipeline, parks, chains); they take nothing else. */
    public static final List<String> REGION_ONLY = List.of("pipeline", "pipeline-stages", "parks", "chains");

    /** The pipeline figures of all leads and of each province and prefecture with leads, by scope, as intake counts. */
    public SortedMap<String, PipelineFigures> pipelineFigures() {
        return pipelineTables.figures();
    }

    public Table provinces() {
        return mapTables.provinces();
    }

    /** Signed investment per zone and factor class, each project once (a repeat signing counts in its event only). */
    public Table zones() {
        List<Column> columns = new ArrayList<>(List.of(Column.text("落地区域")));
        FACTOR_CLASSES.forEach(factor -> columns.add(Column.yuan(Labels.of(factor))));
        List<List<Object>> rows = new ArrayList<>();
        for (Zone zone : Zone.values()) {
            Map<String, Breakdown> byClass = model.breakdowns("zone-factor:" + zone + ":");
            if (byClass.values().stream().anyMatch(Breakdown::counts)) {
                List<Object> row = new ArrayList<>(List.of(Labels.of(zone)));
                FACTOR_CLASSES.forEach(factor -> row.add(Optional.ofNullable(byClass.get(factor.name()))
                        .map(Breakdown::signedYuan).orElse(0L)));
                rows.add(row);
            }
        }
        return new Table("zones", "要素类别构成（按落地区域）", columns, rows);
    }

    private Table verdicts(String scope, String name, String title) {
        Map<String, Long> byVerdict = model.stats(scope).map(Stats::byVerdict).orElse(Map.of());
        List<List<Object>> rows = VERDICTS.stream()
                .map(verdict -> List.<Object>of(Labels.of(verdict), byVerdict.getOrDefault(verdict, 0L))).toList();
        return new Table(name, title, List.of(Column.text("结论"), Column.count("项目数")), rows);
    }

    public Table events() {
        List<List<Object>> rows = new ArrayList<>();
        model.allStats().forEach((scope, stats) -> {
            if (scope.startsWith("event:")) {
                rows.add(List.of(scope.substring("event:".length()), stats.signed().count(),
                        stats.signed().investmentYuan(), stats.commenced().count(), stats.commencementRate(),
                        stats.inProduction().count(), stats.completedInvestmentYuan(),
                        stats.investmentCompletionRate(), stats.overdue(), stats.cancelled().count(),
                        stats.withdrawn().count()));
            }
        });
        return new Table("events", "对接活动", List.of(Column.text("活动代码"), Column.count("签约项目"),
                Column.yuan("签约额"), Column.count("开工项目"), Column.rate("开工率"), Column.count("投产项目"),
                Column.yuan("完成投资"), Column.rate("投资完成率"), Column.count("逾期未开工"), Column.count("已取消"),
                Column.count("已撤回")), rows);
    }

    private Table eventPrefectures(String event) {
        return Table.ofBreakdowns("event-prefectures", "分地区 · " + event, List.of(Column.text("地区代码"),
                Column.text("地区")), model.breakdowns("event-prefecture:" + event + ":"),
                code -> List.of(code, regionName(code)));
    }

    private Table eventIndustries(String event) {
        return Table.ofBreakdowns("event-industries", "分行业 · " + event, List.of(Column.text("行业大类"),
                        Column.text("行业"), Column.text("要素类别")), model.breakdowns("event-industry:" + event + ":"),
                division -> List.of(division, industries.divisionName(division),
                        Labels.of(industries.factorClass(division))));
    }

    /** As tracking lists them in the event's record: the first {@value Stats.OverdueProject#LISTED} registered. */
    private Table eventOverdue(String event) {
        List<List<Object>> rows = model.stats("event:" + event).map(Stats::overdueProjects).orElse(List.of()).stream()
                .map(project -> List.<Object>of(Labels.of(project.projectName()), Labels.of(project.investor()),
                        regionName(project.destinationRegion()), project.investmentYuan(),
                        project.signedOn().toString(), String.valueOf(project.plannedCommencement())))
                .toList();
        return new Table("event-overdue", "逾期未开工项目 · " + event, List.of(Column.text("项目"),
                Column.text("投资方"), Column.text("落地地"), Column.yuan("签约额"), Column.text("签约日期"),
                Column.text("计划开工")), rows);
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
