package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the map colours: the provinces of the country, and, drilled into one, the regions directly under it (its
 * prefectures; a municipality's districts), each by its {@code region:} record as tracking publishes it.
 */
final class MapTables {

    private final ReadModel model;
    private final RegionDirectory regions;

    MapTables(ReadModel model, RegionDirectory regions) {
        this.model = model;
        this.regions = regions;
    }

    Table provinces() {
        return table("provinces", "各省（项目落地地）", "省份代码", "省份",
                region -> region.level() == Region.Level.PROVINCE);
    }

    /** The regions whose parent is {@code parent}, with a record: where some project landed. */
    Table prefectures(String parent) {
        String name = regions.find(parent).map(Region::name).orElse(parent);
        return table("region-prefectures", "各地市 · " + name, "地区代码", "地区",
                region -> parent.equals(region.parent()));
    }

    private Table table(String name, String title, String codeLabel, String nameLabel, Predicate<Region> shown) {
        List<List<Object>> rows = new ArrayList<>();
        regions.all().stream().filter(shown).sorted(Comparator.comparing(Region::code))
                .forEach(region -> model.stats("region:" + region.code()).ifPresent(stats -> rows.add(List.of(
                        region.code(), region.name(), stats.signed().count(), stats.signed().investmentYuan(),
                        stats.commenced().count(), stats.commencementRate(), stats.inProduction().count(),
                        stats.completedInvestmentYuan()))));
        return new Table(name, title, List.of(Column.text(codeLabel), Column.text(nameLabel),
                Column.count("签约项目"), Column.yuan("签约额"), Column.count("开工项目"), Column.rate("开工率"),
                Column.count("投产项目"), Column.yuan("完成投资")), rows);
    }
}
