package cn.yanzhen.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.intake.domain.CreditCode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GuangxiDemoTest {

    private final List<ObjectNode> signings = GuangxiDemo.signings();

    @Test
    void has296SigningsTotalling217Point3BillionYuan() {
        assertThat(signings).hasSize(296);
        assertThat(signings.stream().mapToLong(s -> s.get("investmentYuan").asLong()).sum())
                .isEqualTo(217_300_000_000L);
        assertThat(signings).allSatisfy(s -> assertThat(s.get("investmentYuan").asLong()).isPositive());
    }

    @Test
    void isTheSameEveryTimeSoReloadingAddsNothing() {
        assertThat(GuangxiDemo.signings()).isEqualTo(signings);
        assertThat(signings.stream().map(s -> s.get("externalRef").asText()).distinct()).hasSize(296);
    }

    @Test
    void looksLikeARealEvent() {
        assertThat(signings).allSatisfy(s -> {
            assertThat(CreditCode.problemWith(s.at("/investor/creditCode").asText())).isEmpty();
            assertThat(s.get("destinationRegion").asText()).startsWith("45");
            assertThat(s.get("signedOn").asText()).isLessThanOrEqualTo("2025-07-20");
            assertThat(s.get("plannedCommencement").asText()).isGreaterThan(s.get("signedOn").asText());
        });
        assertThat(signings.stream().map(s -> s.get("destinationRegion").asText()).collect(Collectors.toSet()))
                .hasSizeGreaterThan(10);
        assertThat(signings.stream().map(s -> s.get("industryCode").asText()).collect(Collectors.toSet()))
                .hasSizeGreaterThan(15);
    }
}
