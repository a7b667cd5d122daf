package cn.yanzhen.tracking.figures.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.MonthMark;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.figures.domain.VerifiedProgress;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V41 fills every scope's monthly series, and the cuts of region and industry's project counts, for the projects
 * already stored: exactly what FigureChanges would have built, or an old project's first move would take a month below
 * zero; every other scope keeps its counts.
 */
class MonthBackfillTest {

    private static final LocalDate JULY_20 = LocalDate.of(2025, 7, 20);

    private StoredProjects stored;

    @BeforeEach
    void migrateToV40() throws Exception {
        stored = StoredProjects.before(41);
    }

    @AfterEach
    void drop() {
        stored.drop();
    }

    @Test
    void theBackfilledSeriesAndCutsAreWhatFigureChangesBuilds() throws Exception {
        // one of each: in a county, reached 达产 and verified; repeated at the same event (in its event it follows the
        // first); withdrawn; cancelled after commencing; in production in another month; signed for a province itself
        UUID first = stored.add("652801", new ProjectState(ProjectStatus.IN_PRODUCTION, 100, JULY_20.plusDays(30),
                JULY_20.plusDays(120), 60, false, "RISKY", false, new VerifiedProgress(JULY_20.plusDays(30),
                JULY_20.plusDays(120), 40, 1), JULY_20, 5_000, "440300", JULY_20.plusDays(200)), null);
        stored.add("652801", state(ProjectStatus.SIGNED, JULY_20.plusDays(3), null, null, true), first);
        stored.add("530100", state(ProjectStatus.WITHDRAWN, JULY_20, null, null, false), null);
        stored.add("510100", state(ProjectStatus.CANCELLED, JULY_20, JULY_20.plusDays(40), null, false), null);
        stored.add("440300", state(ProjectStatus.IN_PRODUCTION, JULY_20.minusMonths(2), JULY_20, JULY_20.plusDays(15),
                false), null);
        stored.add("450000", state(ProjectStatus.SIGNED, JULY_20.plusMonths(5), null, null, false), null);

        try (Connection connection = stored.connect()) {
            TrackingMigrations.run(connection, version -> version == 41);
        }

        FigureChanges expected = stored.expected;
        Set<String> months = new HashSet<>();
        expected.changesOf(MonthMark.KIND, MonthMark.class, counts -> counts).forEach((scope, marks) ->
                marks.forEach((mark, counts) -> months.add(scope + " [" + mark.measure() + ", " + mark.month() + ", "
                        + counts[0] + ", " + counts[1] + ", " + counts[2] + "]")));
        assertThat(months).contains("event:E-OLD [SIGNED, 2025-07, 3, 300, 120]",
                "region-industry:650000:38 [REACHED_DESIGN_CAPACITY, 2026-02, 1, 100, 0]",
                "flow:440000:650000 [VERIFIED_IN_PRODUCTION, 2025-11, 1, 100, 0]");
        assertThat(stored.rows("select scope, measure, month, projects, yuan, completed_yuan from tracking.scope_month",
                5)).containsExactlyInAnyOrderElementsOf(months);

        Set<String> cuts = new HashSet<>();
        expected.changed().forEach((scope, contribution) -> {
            if (scope.startsWith("region-industry:")) {
                cuts.add(scope + " " + Arrays.toString(contribution.values()));
            }
        });
        assertThat(cuts).hasSize(10);
        cuts.add("all [7, 700" + ", 0".repeat(21) + "]");
        assertThat(stored.rows(StoredProjects.COUNTS, 23)).containsExactlyInAnyOrderElementsOf(cuts);
    }

    private static ProjectState state(ProjectStatus status, LocalDate signedOn, LocalDate commencedOn,
                                      LocalDate inProductionOn, boolean repeat) {
        return new ProjectState(status, 100, commencedOn, inProductionOn, 0, false, null, repeat, VerifiedProgress.NONE,
                signedOn, 0, null);
    }
}
