package cn.yanzhen.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportCaptionTest {

    @Test
    void theCaptionGivesTheAsOfTimeInBeijingAndOnlyTheUnitsTheTableHas() {
        Table counts = new Table("zones", "要素类别构成", List.of(Column.text("区域"), Column.count("项目数")), List.of());
        Table money = new Table("events", "对接活动", List.of(Column.yuan("签约额")), List.of());

        assertThat(ExportCaption.of(counts, Instant.parse("2025-07-20T16:30:00Z")))
                .isEqualTo("截至 2025-07-21 00:30（北京时间） / As of 2025-07-21 00:30 Beijing time (UTC+8)");
        assertThat(ExportCaption.of(money, Instant.parse("2025-07-20T16:30:00Z")))
                .isEqualTo("截至 2025-07-21 00:30（北京时间）；金额单位：元 / As of 2025-07-21 00:30 Beijing time (UTC+8); "
                        + "amounts in yuan");
    }

    @Test
    void theFileNameIsTheTitleWithoutWhatFileSystemsRefuse() {
        Table table = new Table("event-overdue", "逾期未开工项目 · 2025/GX:1", List.of(), List.of());

        assertThat(ExportCaption.fileName(table, "xlsx")).isEqualTo("逾期未开工项目 · 2025_GX_1.xlsx");
    }
}
