package cn.yanzhen.platform.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateCellFormatsTest {

    @Test
    void knowsDateFormatsByIdOrByTheirLetters() {
        assertThat(DateCellFormats.isDate(14, null)).isTrue();
        assertThat(DateCellFormats.isDate(31, null)).isTrue();
        assertThat(DateCellFormats.isDate(165, "m/d/yy")).isTrue();
        assertThat(DateCellFormats.isDate(166, "yyyy\\-mm\\-dd")).isTrue();
        assertThat(DateCellFormats.isDate(176, "yyyy\"年\"m\"月\"d\"日\"")).isTrue();
    }

    @Test
    void numbersStayNumbers() {
        assertThat(DateCellFormats.isDate(0, "General")).isFalse();
        assertThat(DateCellFormats.isDate(164, "#,##0.00")).isFalse();
        assertThat(DateCellFormats.isDate(170, "0.00\"亩\"")).isFalse();
        assertThat(DateCellFormats.isDate(171, "[Red]0.00;[Blue]-0.00")).isFalse();
        assertThat(DateCellFormats.isDate(null, null)).isFalse();
    }
}
