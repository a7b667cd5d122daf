package cn.yanzhen.platform.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-20", "2025/7/20", "2025.7.20", "2025年7月20日", "2025 年 7 月 20 日",
            "2025-7-20 00:00:00", "2025/07/20 9:30"})
    void readsTheFormsOfficesType(String text) {
        assertThat(SheetDates.parse(text)).contains(LocalDate.of(2025, 7, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025/13/1", "2025-02-30", "20250720", "7/20/2025", "2025/7-20", "明天"})
    void refusesWhatIsNotADay(String text) {
        assertThat(SheetDates.parse(text)).isEmpty();
    }
}
