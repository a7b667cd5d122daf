package cn.yanzhen.intake.domain.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);

    @Test
    void aLeadMovesForwardAndMaySkipAStage() {
        assertThat(StageRules.refusal(LeadStage.LEAD, LeadStage.NEGOTIATING)).isEmpty();
        assertThat(StageRules.refusal(LeadStage.LEAD, LeadStage.INTENT)).isEmpty();
        assertThat(StageRules.refusal(LeadStage.NEGOTIATING, LeadStage.INTENT)).isEmpty();
    }

    @Test
    void neverBackNorAgainToItsOwnStage() {
        assertThat(StageRules.refusal(LeadStage.INTENT, LeadStage.NEGOTIATING)).get().asString()
                .contains("forward only");
        assertThat(StageRules.refusal(LeadStage.NEGOTIATING, LeadStage.NEGOTIATING)).isPresent();
    }

    @Test
    void isDroppedFromAnyOpenStageAndNothingLeavesAFinalOne() {
        assertThat(StageRules.refusal(LeadStage.LEAD, LeadStage.DROPPED)).isEmpty();
        assertThat(StageRules.refusal(LeadStage.INTENT, LeadStage.DROPPED)).isEmpty();
        assertThat(StageRules.refusal(LeadStage.SIGNED, LeadStage.DROPPED)).get().asString().contains("final");
        assertThat(StageRules.refusal(LeadStage.DROPPED, LeadStage.INTENT)).get().asString().contains("final");
    }

    @Test
    void namesEachBadFieldOfAMove() {
        Violations signed = new Violations();
        StageRules.check(new StageMove(LeadStage.SIGNED, TODAY.plusDays(1), null), TODAY, TODAY, signed);
        assertThat(signed.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder("stage", "on");

        Violations dropped = new Violations();
        StageRules.check(new StageMove(LeadStage.DROPPED, TODAY.minusDays(3), null), TODAY.minusDays(2), TODAY,
                dropped);
        assertThat(dropped.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder("note", "on");

        Violations fine = new Violations();
        StageRules.check(new StageMove(LeadStage.DROPPED, TODAY, "企业转投越南"), TODAY, TODAY, fine);
        assertThat(fine.isEmpty()).isTrue();
    }
}
