package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.reference.FactorClass;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.reference.Zone;
import cn.yanzhen.contracts.tracking.Stats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Every table of the screen, built from the read model; the page and the exports show the same rows. */
public final class DashboardTables {

    public static final List<String> VERDICTS = List.of("RECOMMENDED", "ACCEPTABLE", "RISKY", "MISMATCH");
    private static final List<FactorClass> FACTOR_CLASSES =
            List.of(FactorClass.LABOUR, FactorClass.RESOURCE, FactorClass.CAPITAL, FactorClass.TECHNOLOGY);

    private final ReadModel model;
    private final RegionDirectory regions;
    private final IndustryCatalogue industries;
    private final AlertTables alertTables;

    public DashboardTables(ReadModel model, RegionDirectory regions, IndustryCatalogue industries) {
        this.model = model;
        this.regions = regions;
        this.industries = industries;
        this.alertTables = new AlertTables(model, regions);
    }

    /** A table by its name; {@code event} or {@code region} choose whose table it is where one is needed. */
    public Optional<Table> table(String name, String event, String region) {
        return Optional.ofNullable(switch (name) {
            case "provinces" -> provinces();
            case "zones" -> zones();
            case "verdicts" -> verdicts("all", "verdicts", "匹配结论");
            case "alerts" -> alertTables.feed();
            case "events" -> events();
            case "regions" -> regions();
            case "event-prefectures" -> event == null ? null : eventPrefectures(event);
            case "event-industries" -> event == null ? null : eventIndustries(event);
            case "event-verdicts" -> event == null ? null : verdicts("event:" + event, name, "匹配结论 · " + event);
            case "event-overdue" -> event == null ? null : eventOverdue(event);
            case "region-capacity" -> region == null ? null : regionCapacity(region);
            case "region-alerts" -> region == null ? null : alertTables.touching(region);
            default -> null;
        });
    }

    /** The names {@link #table} knows, and which of them need an event or a region. */
    public static final List<String> NAMES = List.of("provinces", "zones", "verdicts", "alerts", "events", "regions",
            "event-prefectures", "event-industries", "event-verdicts", "event-overdue", "region-capacity",
            "region-alerts");

    public Table provinces() {
        List<List<Object>> rows = new ArrayList<>();
        regions.all().stream().filter(region -> region.level() == Region.Level.PROVINCE)
                .sorted(Comparator.comparing(Region::code))
                .forEach(province -> model.stats("region:" + province.code()).ifPresent(stats -> rows.add(List.of(
                        province.code(), province.name(), stats.signed().count(), stats.signed().investmentYuan(),
                        stats.commenced().count(), stats.commencementRate(), stats.inProduction().count(),
                        stats.completedInvestmentYuan()))));
        return new Table("provinces", "各省（项目落地地）", List.of(Column.text("省份代码"), Column.text("省份"),
                Column.count("签约项目"), Column.yuan("签约额"), Column.count("开工项目"), Column.rate("开工率"),
                Column.count("投产项目"), Column.yuan("完成投资")), rows);
    }

    public Table zones() {
        Map<Zone, Map<FactorClass, Long>> yuan = new EnumMap<>(Zone.class);
        for (ProjectFacts project : model.projects()) {
            Optional<Region> destination = regions.find(project.destinationRegion());
            if (!project.counts() || project.repeat() || destination.isEmpty()) {
                continue;
            }
            yuan.computeIfAbsent(destination.get().zone(), zone -> new EnumMap<>(FactorClass.class))
                    .merge(industries.factorClass(project.industryCode()), project.investmentYuan(), Long::sum);
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("落地区域")));
        FACTOR_CLASSES.forEach(factor -> columns.add(Column.yuan(Labels.of(factor))));
        List<List<Object>> rows = new ArrayList<>();
        yuan.forEach((zone, byClass) -> {
            List<Object> row = new ArrayList<>(List.of(Labels.of(zone)));
            FACTOR_CLASSES.forEach(factor -> row.add(byClass.getOrDefault(factor, 0L)));
            rows.add(row);
        });
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

    public Table regions() {
        List<List<Object>> rows = model.capacities().stream().map(capacity -> List.<Object>of(capacity.regionCode(),
                        regionName(capacity.regionCode()), Labels.of(capacity.zone()),
                        capacity.overcommitted() ? "是" : "否"))
                .toList();
        return new Table("regions", "承载能力档案", List.of(Column.text("地区代码"), Column.text("地区"),
                Column.text("区域"), Column.text("超额承诺")), rows);
    }

    private Table eventPrefectures(String event) {
        Map<String, Tally> byPrefecture = tallyBy(project -> project.eventCode().equals(event), this::prefectureOf);
        return Table.ofTallies("event-prefectures", "分地区 · " + event, List.of(Column.text("地区代码"), Column.text("地区")),
                byPrefecture, code -> List.of(code, regionName(code)));
    }

    private Table eventIndustries(String event) {
        Map<String, Tally> byDivision = tallyBy(project -> project.eventCode().equals(event), ProjectFacts::division);
        return Table.ofTallies("event-industries", "分行业 · " + event, List.of(Column.text("行业大类"),
                        Column.text("行业"), Column.text("要素类别")), byDivision,
                division -> List.of(division, industries.divisionName(division),
                        Labels.of(industries.factorClass(division))));
    }

    private Table eventOverdue(String event) {
        List<List<Object>> rows = model.projects().stream()
                .filter(project -> project.eventCode().equals(event) && project.overdue())
                .map(project -> List.<Object>of(project.projectName(), project.investor(),
                        regionName(project.destinationRegion()), project.investmentYuan(),
                        project.signedOn().toString(), String.valueOf(project.plannedCommencement())))
                .toList();
        return new Table("event-overdue", "逾期未开工项目 · " + event, List.of(Column.text("项目"),
                Column.text("投资方"), Column.text("落地地"), Column.yuan("签约额"), Column.text("签约日期"),
                Column.text("计划开工")), rows);
    }

    private Table regionCapacity(String region) {
        List<List<Object>> rows = model.capacity(region).map(capacity -> List.of(
                factorRow("土地（公顷）", capacity.reserved().landHa(), capacity.profile().landAvailableHa()),
                factorRow("能耗（吉瓦时/年）", capacity.reserved().energyGwhPerYear(),
                        capacity.profile().energyAvailableGwhPerYear()),
                factorRow("用工（人）", capacity.reserved().labour(), capacity.profile().labourAvailable())))
                .orElse(List.of());
        return new Table("region-capacity", "承载能力 · " + regionName(region), List.of(Column.text("要素"),
                Column.text("已预留"), Column.text("可用总量"), Column.text("剩余"), Column.rate("占用率")), rows);
    }

    private static List<Object> factorRow(String factor, double reserved, double available) {
        return List.of(factor, plain(reserved), plain(available), plain(available - reserved),
                available <= 0 ? 0.0 : Math.round(reserved / available * 10_000) / 10_000.0);
    }

    private static String plain(double amount) {
        return java.math.BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
    }

    private Map<String, Tally> tallyBy(Predicate<ProjectFacts> which, Function<ProjectFacts, String> key) {
        return model.projects().stream().filter(which).filter(ProjectFacts::counts)
                .collect(Collectors.groupingBy(key, TreeMap::new,
                        Collectors.reducing(new Tally(), project -> new Tally().add(project), Tally::plus)));
    }

    /** The prefecture a destination lies in (a county counts in its prefecture). */
    private String prefectureOf(ProjectFacts project) {
        return regions.selfAndAncestors(project.destinationRegion()).stream()
                .filter(region -> region.level() == Region.Level.PREFECTURE).map(Region::code).findFirst()
                .orElse(project.destinationRegion());
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
