package cn.yanzhen.tracking.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RepeatContributionTest {

    private static final LocalDate COMMENCED = LocalDate.of(2025, 9, 1);
    private static final ProjectState EARLIEST = new ProjectState(ProjectStatus.COMMENCED, 1_000, COMMENCED, null, 400,
            true, "RISKY", false);
    private static final ProjectState REPEAT = new ProjectState(ProjectStatus.SIGNED, 1_100, null, null, 0, false,
            "RECOMMENDED", true);

    @Test
    void aRepeatFollowsTheEarliestSigningsMilestonesWithItsOwnSignedInvestmentAndVerdict() {
        ProjectState following = REPEAT.following(EARLIEST);

        assertThat(following).isEqualTo(new ProjectState(ProjectStatus.COMMENCED, 1_100, COMMENCED, null, 400, true,
                "RECOMMENDED", true));
        assertThat(REPEAT.following(null)).as("earliest not known here").isEqualTo(REPEAT);
        ProjectState withdrawnEarliest = new ProjectState(ProjectStatus.WITHDRAWN, 1_000, COMMENCED, null, 400, false,
                "RISKY", false);
        assertThat(REPEAT.following(withdrawnEarliest)).isEqualTo(REPEAT);
        assertThat(EARLIEST.following(REPEAT)).as("no repeat follows nothing").isEqualTo(EARLIEST);
    }

    @Test
    void beyondItsEventARepeatCountsOnlyAsARepeatAndWithdrawnNotAtAll() {
        ProjectState following = REPEAT.following(EARLIEST);

        assertThat(Contribution.of(following).signedCount()).isEqualTo(1);
        assertThat(Contribution.of(following).commencedYuan()).isEqualTo(1_100);
        assertThat(Contribution.beyondEvent(following)).isEqualTo(new Contribution(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 1, 1_100, 0, 0, 0, 0, 0));
        ProjectState withdrawn = new ProjectState(ProjectStatus.WITHDRAWN, 1_100, null, null, 0, false, null, true);
        assertThat(Contribution.beyondEvent(withdrawn).isZero()).isTrue();
        assertThat(Contribution.of(withdrawn).withdrawnCount()).isEqualTo(1);
    }

    @Test
    void releasingALinkMovesTheRepeatFromRepeatsToSignedBeyondItsEvent() {
        ProjectState linked = REPEAT.following(EARLIEST);
        ProjectState released = new ProjectState(ProjectStatus.SIGNED, 1_100, null, null, 0, false, "RECOMMENDED", false);

        Contribution change = Contribution.changeBeyondEvent(linked, released);
        assertThat(change.signedCount()).isEqualTo(1);
        assertThat(change.repeatsCount()).isEqualTo(-1);
        assertThat(change.repeatsYuan()).isEqualTo(-1_100);
        assertThat(Contribution.change(linked, released).commencedCount()).isEqualTo(-1);
        assertThat(Contribution.change(linked, released).completedYuan()).isEqualTo(-400);
    }
}
