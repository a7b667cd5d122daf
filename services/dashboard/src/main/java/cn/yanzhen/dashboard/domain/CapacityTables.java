package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.math.BigDecimal;
import java.util.List;

/** The regions' capacity profiles as capacity publishes them: who has one, and what one region has reserved of it. */
final class CapacityTables {

    private final ReadModel model;
    private final RegionDirectory regions;

    CapacityTables(ReadModel model, RegionDirectory regions) {
        this.model = model;
        this.regions = regions;
    }

    Table regions() {
        List<List<Object>> rows = model.capacities().stream().map(capacity -> List.<Object>of(capacity.regionCode(),
                        regionName(capacity.regionCode()), Labels.of(capacity.zone()),
                        capacity.overcommitted() ? "是" : "否"))
                .toList();
        return new Table("regions", "承载能力档案", List.of(Column.text("地区代码"), Column.text("地区"),
                Column.text("区域"), Column.text("超额承诺")), rows);
    }

    Table region(String region) {
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
        return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
