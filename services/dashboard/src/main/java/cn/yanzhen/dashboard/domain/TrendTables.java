package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.MonthWindow;
import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.contracts.tracking.Stats.Tally;
import cn.yanzhen.contracts.tracking.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * A scope over time (docs/contract.md §4.5.6): its months in a window, as the trend chart draws them, and the
 * window's figures summed from those months. The scope is an event's, a region's or, with neither, all projects'.
 */
final class TrendTables {

    private static final List<Column> FIGURES = List.of(Column.count("签约项目"), Column.yuan("签约额"),
            Column.count("开工项目"), Column.yuan("开工项目签约额"), Column.count("投产项目"), Column.yuan("投产项目签约额"),
            Column.count("达产项目"), Column.yuan("达产项目签约额"), Column.count("核查确认开工"),
            Column.yuan("核查确认开工签约额"), Column.count("核查确认投产"), Column.yuan("核查确认投产签约额"),
            Column.yuan("完成投资（按签约月份）"));

    private final ReadModel model;
    private final RegionDirectory regions;

    TrendTables(ReadModel model, RegionDirectory regions) {
        this.model = model;
        this.regions = regions;
    }

    /** One row a month, oldest first. */
    Table months(String event, String region, MonthWindow window) {
        List<List<Object>> rows = MonthlyFigures.series(months(event, region), window).stream()
                .map(TrendTables::row).toList();
        return new Table("trend", "月度趋势 · " + scopeName(event, region), columns("月份"), rows);
    }

    /** One row: the window's figures. */
    Table window(String event, String region, MonthWindow window) {
        PeriodFigures total = MonthlyFigures.total(months(event, region), window);
        return new Table("window", "时段合计 · " + scopeName(event, region) + " · " + window.period(), columns("时段"),
                List.of(row(total)));
    }

    private List<PeriodFigures> months(String event, String region) {
        String scope = event != null ? "event:" + event : region != null ? "region:" + region : "all";
        return model.stats(scope).map(Stats::months).orElse(List.of());
    }

    private String scopeName(String event, String region) {
        if (event != null) {
            return "活动 " + event;
        }
        return region == null ? "全部" : regions.find(region).map(Region::name).orElse(region);
    }

    private static List<Column> columns(String period) {
        List<Column> columns = new ArrayList<>(List.of(Column.text(period)));
        columns.addAll(FIGURES);
        return columns;
    }

    private static List<Object> row(PeriodFigures figures) {
        List<Object> row = new ArrayList<>(List.of(figures.period()));
        for (Tally tally : List.of(figures.signed(), figures.commenced(), figures.inProduction(),
                figures.reachedDesignCapacity(), figures.verifiedCommenced(), figures.verifiedInProduction())) {
            row.add(tally.count());
            row.add(tally.investmentYuan());
        }
        row.add(figures.completedInvestmentYuan());
        return row;
    }
}
