package cn.yanzhen.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RepeatLinkRulesTest {

    private static final LocalDate EARLY = LocalDate.of(2024, 5, 18);
    private static final LocalDate LATE = LocalDate.of(2025, 7, 20);

    @Test
    void aLaterSigningMayBeLinkedToAnEarlierOneThatIsTheProjectsFirst() {
        assertThat(RepeatLinkRules.conflict(end(LATE, false, null, false), end(EARLY, false, null, false))).isEmpty();
    }

    @Test
    void eachWayTheChainWouldGoWrongIsRefusedWithItsReason() {
        UUID root = UUID.randomUUID();
        RepeatLinkRules.End repeat = end(LATE, false, null, false);
        assertThat(RepeatLinkRules.conflict(repeat, repeat)).hasValueSatisfying(r -> assertThat(r).contains("itself"));
        assertThat(RepeatLinkRules.conflict(repeat, end(EARLY, true, null, false)))
                .hasValueSatisfying(r -> assertThat(r).contains("withdrawn"));
        assertThat(RepeatLinkRules.conflict(repeat, end(EARLY, false, root, false)))
                .hasValueSatisfying(r -> assertThat(r).contains(root.toString()).contains("earliest"));
        assertThat(RepeatLinkRules.conflict(end(LATE, false, null, true), end(EARLY, false, null, false)))
                .hasValueSatisfying(r -> assertThat(r).contains("others repeat"));
        assertThat(RepeatLinkRules.conflict(end(EARLY, false, null, false), end(LATE, false, null, false)))
                .hasValueSatisfying(r -> assertThat(r).contains("after"));
    }

    private static RepeatLinkRules.End end(LocalDate signedOn, boolean withdrawn, UUID repeatOf, boolean hasRepeats) {
        return new RepeatLinkRules.End(UUID.randomUUID(), signedOn, withdrawn, repeatOf, hasRepeats);
    }
}
