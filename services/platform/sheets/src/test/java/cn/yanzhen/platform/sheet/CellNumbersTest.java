package cn.yanzhen.platform.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellNumbersTest {

    @Test
    void seventeenDigitSpellingsBecomeWhatWasTyped() {
        assertThat(CellNumbers.asTyped("12345.678900000001")).isEqualTo("12345.6789");
        assertThat(CellNumbers.asTyped("0.30000000000000004")).isEqualTo("0.3");
        assertThat(CellNumbers.asTyped("1.5E9")).isEqualTo("1500000000");
    }

    @Test
    void codesAndWholeNumbersStayAsTheyAre() {
        assertThat(CellNumbers.asTyped("450500")).isEqualTo("450500");
        assertThat(CellNumbers.asTyped("3825")).isEqualTo("3825");
        assertThat(CellNumbers.asTyped("150000")).isEqualTo("150000");
        assertThat(CellNumbers.asTyped("12345.67891")).isEqualTo("12345.67891");
    }
}
