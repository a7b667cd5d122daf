package cn.yanzhen.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing.LinkStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RepeatRuleTest {

    private static final RepeatRule RULE = new RepeatRule(RegionDirectory.load(), new RepeatRule.Thresholds(0.2, 24));
    private static final String INVESTOR = "91440300MA5G2C7K2H";
    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);

    private final RepeatRule.Candidate earlier = candidate("450500", "3825", 1_500_000_000L, LocalDate.of(2024, 5, 18));

    @Test
    void theSameProjectSignedAgainInsideEveryThresholdIsARepeatOfTheEarlierSigning() {
        var repeat = RULE.find(candidate("450500", "3825", 1_500_000_000L, SIGNED), List.of(earlier)).orElseThrow();

        assertThat(repeat.signingId()).isEqualTo(earlier.id());
        assertThat(repeat.status()).isEqualTo(LinkStatus.SUSPECTED);
        assertThat(repeat.matchedOn()).containsExactly("investor.creditCode", "destinationRegion", "industryCode",
                "investmentYuan", "signedOn");
    }

    @Test
    void destinationsMayBeOneInsideTheOtherAndIndustriesMayDifferBelowTheDivision() {
        assertThat(RULE.find(candidate("450000", "3825", 1_500_000_000L, SIGNED), List.of(earlier))).isPresent();
        assertThat(RULE.find(candidate("450500", "3899", 1_500_000_000L, SIGNED), List.of(earlier))).isPresent();
        assertThat(RULE.find(candidate("450100", "3825", 1_500_000_000L, SIGNED), List.of(earlier)))
                .as("a sibling city is another place").isEmpty();
        assertThat(RULE.find(candidate("450500", "3925", 1_500_000_000L, SIGNED), List.of(earlier)))
                .as("another division").isEmpty();
    }

    @Test
    void investmentCountsWithinTwentyPercentOfTheEarlierSigningBothWays() {
        assertThat(RULE.find(candidate("450500", "3825", 1_800_000_000L, SIGNED), List.of(earlier))).isPresent();
        assertThat(RULE.find(candidate("450500", "3825", 1_200_000_000L, SIGNED), List.of(earlier))).isPresent();
        assertThat(RULE.find(candidate("450500", "3825", 1_800_000_001L, SIGNED), List.of(earlier))).isEmpty();
        assertThat(RULE.find(candidate("450500", "3825", 1_199_999_999L, SIGNED), List.of(earlier))).isEmpty();
    }

    @Test
    void theEarlierSigningMustBeAtMostTwentyFourMonthsBeforeAndNotAfter() {
        assertThat(RULE.find(candidate("450500", "3825", 1_500_000_000L, LocalDate.of(2026, 5, 18)), List.of(earlier)))
                .isPresent();
        assertThat(RULE.find(candidate("450500", "3825", 1_500_000_000L, LocalDate.of(2026, 5, 19)), List.of(earlier)))
                .isEmpty();
        assertThat(RULE.find(candidate("450500", "3825", 1_500_000_000L, LocalDate.of(2024, 5, 17)), List.of(earlier)))
                .as("signed before the other one: that one repeats this, not the other way round").isEmpty();
    }

    @Test
    void anotherInvestorIsAnotherProject() {
        var other = new RepeatRule.Candidate(UUID.randomUUID(), "91110000100000589B", "450500", "3825",
                1_500_000_000L, SIGNED, Instant.now(), null);
        assertThat(RULE.find(other, List.of(earlier))).isEmpty();
    }

    @Test
    void aRepeatIsLinkedToTheEarliestSigningOfTheProjectEvenThroughALaterMatch() {
        RepeatRule.Candidate second = new RepeatRule.Candidate(UUID.randomUUID(), INVESTOR, "450500", "3825",
                1_500_000_000L, LocalDate.of(2024, 11, 1), Instant.now(), earlier.id());

        assertThat(RULE.find(candidate("450500", "3825", 1_500_000_000L, SIGNED), List.of(second, earlier))
                .orElseThrow().signingId()).isEqualTo(earlier.id());
        assertThat(RULE.find(candidate("450500", "3825", 1_500_000_000L, SIGNED), List.of(second))
                .orElseThrow().signingId()).as("the matched one repeats the earliest").isEqualTo(earlier.id());
    }

    private static RepeatRule.Candidate candidate(String destination, String industry, long yuan, LocalDate signedOn) {
        return new RepeatRule.Candidate(UUID.randomUUID(), INVESTOR, destination, industry, yuan, signedOn,
                Instant.parse("2025-07-20T09:00:00Z"), null);
    }
}
