package cn.yanzhen.dashboard.domain;

import static cn.yanzhen.dashboard.StatsRecords.scope;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sending side on the screen (docs/contract.md §4.5.5): flows as tracking publishes them, largest first. */
class FlowTablesTest {

    private final ReadModel model = new ReadModel();
    private final DashboardTables tables = new DashboardTables(model, RegionDirectory.load(), IndustryCatalogue.load());

    @Test
    void flowsBetweenProvincesAndZonesAreShownLargestFirstWithTheirEnergyAndCarbon() {
        // Hebei (0.7252) → Guangxi (0.4044): 10,000 MWh is 4,044 t there against 7,252 t at home
        model.stats(scope("flow:130000:450000").signed(2, 300_000_000L).commenced(1, 200_000_000L, 0.5)
                .completed(50_000_000L).energy(10_000, "0.4044", "0.7252").build());
        model.stats(scope("flow:440000:450000").signed(3, 900_000_000L).build());
        // every signing of it withdrawn: tracking keeps the scope, the table shows no row
        model.stats(scope("flow:310000:450000").build());
        model.stats(scope("zone-flow:EAST:WEST").signed(5, 1_200_000_000L).build());
        model.stats(scope("origin:130000").signed(2, 300_000_000L).build());

        assertThat(tables.table("province-flows", null, null).orElseThrow().rows()).containsExactly(
                List.of("440000", "广东省", "450000", "广西壮族自治区", 3L, 900_000_000L, 0L, 0L, "0", "0"),
                List.of("130000", "河北省", "450000", "广西壮族自治区", 2L, 300_000_000L, 1L, 50_000_000L, "10",
                        "-3208"));
        assertThat(tables.table("zone-flows", null, null).orElseThrow().rows())
                .containsExactly(List.of("东部", "西部", 5L, 1_200_000_000L, 0L, 0L, "0", "0"));
        assertThat(Overview.of(model, tables).zoneFlows().rows()).hasSize(1);
    }
}
