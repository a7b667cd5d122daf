package cn.yanzhen.tracking.rounds.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ReportingRound.RegionRate;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoundsDomainTest {

    private static final RegionDirectory REGIONS = RegionDirectory.load();
    private static final LocalDate OPENS = LocalDate.of(2025, 12, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 12, 31);
    private static final Round YUNNAN = new Round("2025-12", "530000", OPENS, DUE);

    @Test
    void aReportAnswersTheRoundWhenItsDateLiesInsideIt() {
        assertThat(YUNNAN.answeredBy(OPENS)).isTrue();
        assertThat(YUNNAN.answeredBy(DUE)).isTrue();
        assertThat(YUNNAN.answeredBy(OPENS.minusDays(1))).isFalse();
        assertThat(YUNNAN.answeredBy(DUE.plusDays(1))).isFalse();
        assertThat(YUNNAN.answeredBy(null)).isFalse();
    }

    @Test
    void theRoundClosesTheDayAfterItsDueDate() {
        assertThat(YUNNAN.closesBy(DUE)).isFalse();
        assertThat(YUNNAN.closesBy(DUE.plusDays(1))).isTrue();
    }

    @Test
    void aRoundNeedsACodeAKnownScopeAndDatesInOrder() {
        assertThat(check(YUNNAN).all()).isEmpty();
        assertThat(check(new Round("2025-12", Round.ALL, OPENS, DUE)).all()).isEmpty();
        Violations bad = check(new Round("'; drop", "999999", DUE, OPENS));
        assertThat(bad.has("code")).isTrue();
        assertThat(bad.has("scope")).isTrue();
        assertThat(bad.has("dueOn")).isTrue();
        Violations missing = check(new Round(null, null, null, null));
        assertThat(missing.all()).extracting(Violations.Violation::field)
                .containsExactly("code", "scope", "opensOn", "dueOn");
        assertThat(check(new Round("LONG", "530000", OPENS, OPENS.plusDays(366))).has("dueOn")).isTrue();
    }

    @Test
    void ratesPerRegionOneLevelBelowTheScope() {
        RoundOutcome kunmingAnswered = outcome("530100", true);
        RoundOutcome kunmingMissed = outcome("530100", false);
        RoundOutcome qujingAnswered = outcome("530300", true);
        RoundOutcome province = outcome("530000", false);

        RoundTally tally = RoundTally.of(YUNNAN, List.of(kunmingAnswered, kunmingMissed, qujingAnswered, province),
                REGIONS);

        // by hand: 4 due, 2 reported; 530000 itself 0/1, Kunming 1/2, Qujing 1/1
        assertThat(tally.due()).isEqualTo(4);
        assertThat(tally.reported()).isEqualTo(2);
        assertThat(tally.rate()).isEqualTo(0.5);
        assertThat(tally.regions()).containsExactly(new RegionRate("530000", 1, 0, 0.0),
                new RegionRate("530100", 2, 1, 0.5), new RegionRate("530300", 1, 1, 1.0));
        assertThat(tally.missed()).isEqualTo(2);

        RoundTally national = RoundTally.of(new Round("ALL", Round.ALL, OPENS, DUE),
                List.of(kunmingAnswered, qujingAnswered, outcome("522600", false)), REGIONS);
        assertThat(national.regions()).containsExactly(new RegionRate("520000", 1, 0, 0.0),
                new RegionRate("530000", 2, 2, 1.0));
        assertThat(national.rate()).isEqualTo(0.6667);
    }

    @Test
    void anEmptyRoundHasARateOfZero() {
        RoundTally empty = RoundTally.of(YUNNAN, List.of(), REGIONS);
        assertThat(empty.rate()).isZero();
        assertThat(empty.regions()).isEmpty();
    }

    private static RoundOutcome outcome(String destination, boolean reported) {
        return new RoundOutcome(UUID.randomUUID(), "EV", destination, reported);
    }

    private static Violations check(Round round) {
        Violations violations = new Violations();
        RoundRules.check(round, REGIONS, violations);
        return violations;
    }
}
