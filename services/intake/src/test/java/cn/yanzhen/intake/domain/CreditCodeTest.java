package cn.yanzhen.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L"})
    void acceptsPublishedCodes(String code) {
        assertThat(CreditCode.problemWith(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, 第 18 位校验码有误 / the check character",
            "91350100M000100Z43, 第 16 位「Z」不允许",
            "91350100M000200Y43, 未通过 GB 11714 校验 / the organisation code",
            "91350100M000100Y4, 须为 18 位，现为 17 位 / must have 18 characters",
            "91350100m000100Y43, 第 9 位「m」不允许"})
    void refusesBrokenCodes(String code, String reason) {
        assertThat(CreditCode.problemWith(code)).get().asString().contains(reason);
    }

    @Test
    void completesACodeThatThenPasses() {
        String code = CreditCode.complete("9144030007528193");
        assertThat(code).hasSize(18);
        assertThat(CreditCode.problemWith(code)).isEmpty();
    }
}
