package cn.yanzhen.platform.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTitleTest {

    @Test
    void splitsTheUnitInFullOrHalfWidthBracketsAndDropsSpaces() {
        assertThat(ColumnTitle.parse("总投资（万元）")).isEqualTo(new ColumnTitle("总投资（万元）", "总投资", "万元"));
        assertThat(ColumnTitle.parse(" 用地面积 (亩) ")).isEqualTo(new ColumnTitle("用地面积 (亩)", "用地面积", "亩"));
        assertThat(ColumnTitle.parse("项　目　名　称")).isEqualTo(new ColumnTitle("项　目　名　称", "项目名称", ""));
        assertThat(ColumnTitle.parse("年用电量【GWh】").unit()).isEqualTo("GWh");
    }
}
