package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.Stats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The sending side's tables (docs/contract.md §4.5.5): the flows from the investors' origin to the destinations
 * between provinces and between zones, as tracking publishes them, the largest signed investment first. A flow whose
 * signings were all withdrawn shows no row.
 */
final class FlowTables {

    private final ReadModel model;
    private final RegionDirectory regions;

    FlowTables(ReadModel model, RegionDirectory regions) {
        this.model = model;
        this.regions = regions;
    }

    Table provinces() {
        return table("province-flows", "省际流向（投资方所在地 → 落地地）", "flow:",
                List.of(Column.text("迁出省代码"), Column.text("迁出省"), Column.text("迁入省代码"), Column.text("迁入省")),
                (from, to) -> List.of(from, regionName(from), to, regionName(to)));
    }

    Table zones() {
        return table("zone-flows", "区域流向（东中西及东北）", "zone-flow:",
                List.of(Column.text("迁出区域"), Column.text("迁入区域")),
                (from, to) -> List.of(Labels.of(from), Labels.of(to)));
    }

    private Table table(String name, String title, String prefix, List<Column> ends,
                        BiFunction<String, String, List<Object>> endCells) {
        List<Column> columns = new ArrayList<>(ends);
        columns.addAll(List.of(Column.count("签约项目"), Column.yuan("签约额"), Column.count("开工项目"),
                Column.yuan("完成投资"), Column.text("年用电（吉瓦时）"), Column.text("年排放变化（吨CO₂）")));
        List<List<Object>> rows = new ArrayList<>();
        model.statsStartingWith(prefix).entrySet().stream()
                .filter(entry -> entry.getValue().signed().count() > 0)
                .sorted(Comparator.comparing((Map.Entry<String, Stats> entry) -> entry.getValue().signed()
                        .investmentYuan()).reversed().thenComparing(Map.Entry::getKey))
                .forEach(entry -> {
                    String[] fromTo = entry.getKey().substring(prefix.length()).split(":");
                    Stats flow = entry.getValue();
                    List<Object> row = new ArrayList<>(endCells.apply(fromTo[0], fromTo[1]));
                    row.addAll(List.of(flow.signed().count(), flow.signed().investmentYuan(), flow.commenced().count(),
                            flow.completedInvestmentYuan(), plain(flow.energy().demandGwhPerYear()),
                            plain(flow.energy().co2ChangeTonnes())));
                    rows.add(row);
                });
        return new Table(name, title, columns, rows);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
