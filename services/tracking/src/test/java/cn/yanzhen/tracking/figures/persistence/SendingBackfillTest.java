package cn.yanzhen.tracking.figures.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.tracking.figures.domain.CycleMark;
import cn.yanzhen.tracking.figures.domain.EnergyUse;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.figures.domain.VerifiedProgress;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V40 fills the scopes of the sending side for the projects already stored: exactly what FigureChanges would have
 * built, or an old project's first move would take a figure below zero; every other scope keeps its rows.
 */
class SendingBackfillTest {

    private static final LocalDate JULY_20 = LocalDate.of(2025, 7, 20);
    private static final Predicate<String> SENDING = scope -> scope.startsWith("origin:") || scope.startsWith("flow:")
            || scope.startsWith("zone-flow:");

    private StoredProjects stored;

    @BeforeEach
    void migrateToV39() throws Exception {
        stored = StoredProjects.before(40);
    }

    @AfterEach
    void drop() {
        stored.drop();
    }

    @Test
    void theBackfilledSendingScopesAreWhatFigureChangesBuilds() throws Exception {
        ProjectState shenzhen = new ProjectState(ProjectStatus.COMMENCED, 100, JULY_20.plusDays(30), null, 30, false,
                "RISKY", false, new VerifiedProgress(JULY_20.plusDays(30), null, 20, 1), JULY_20, 5_000, "440300");
        UUID first = stored.add("450500", shenzhen, null);
        stored.add("450500", state(ProjectStatus.SIGNED, null, null, true, 0, "440300"), first);
        stored.add("530100", state(ProjectStatus.WITHDRAWN, null, null, false, 0, "130000"), null);
        stored.add("440300", state(ProjectStatus.IN_PRODUCTION, JULY_20.plusDays(10), JULY_20.plusDays(90), false,
                1_000, "652801"), null);
        stored.add("510100", state(ProjectStatus.CANCELLED, JULY_20.plusDays(40), null, false, 200, "330100"), null);
        stored.add("330100", new ProjectState(ProjectStatus.SIGNED, 100, null, null, 0, true, "ACCEPTABLE", false,
                VerifiedProgress.NONE, JULY_20, 0, "330100"), null);
        stored.add("450100", state(ProjectStatus.SIGNED, null, null, false, 0, null), null);

        try (Connection connection = stored.connect()) {
            TrackingMigrations.run(connection, version -> version == 40);
        }

        FigureChanges expected = stored.expected;
        Set<String> counts = new HashSet<>();
        expected.changed().forEach((scope, contribution) -> {
            if (SENDING.test(scope)) {
                counts.add(scope + " " + Arrays.toString(contribution.values()));
            }
        });
        assertThat(counts).contains("origin:650000 " + Arrays.toString(expected.changed().get("flow:650000:440000")
                .values()));
        assertThat(stored.rows(StoredProjects.COUNTS, 23))
                .containsExactlyInAnyOrderElementsOf(with(counts, "all [7, 700" + ", 0".repeat(21) + "]"));

        Set<String> cycles = new HashSet<>();
        expected.countsOf(CycleMark.KIND, CycleMark.class).forEach((scope, marks) -> marks.forEach((mark, count) -> {
            if (SENDING.test(scope)) {
                cycles.add(scope + " [" + mark.measure() + ", " + mark.value() + ", " + count + "]");
            }
        }));
        assertThat(stored.rows("select scope, measure, value, projects from tracking.scope_cycle", 3))
                .containsExactlyInAnyOrderElementsOf(cycles);

        Set<String> energy = new HashSet<>();
        expected.countsOf(EnergyUse.KIND, EnergyUse.class).forEach((scope, uses) -> uses.forEach((use, mwh) -> {
            if (SENDING.test(scope)) {
                energy.add(scope + " [" + use.destinationRegion() + ", " + use.originRegion() + ", " + mwh + "]");
            }
        }));
        assertThat(energy).contains("flow:440000:450000 [450500, 440300, 5000]");
        assertThat(stored.rows("select scope, destination_region, origin_region, mwh from tracking.scope_energy", 3))
                .containsExactlyInAnyOrderElementsOf(energy);
    }

    private static Set<String> with(Set<String> rows, String row) {
        Set<String> all = new HashSet<>(rows);
        all.add(row);
        return all;
    }

    private static ProjectState state(ProjectStatus status, LocalDate commencedOn, LocalDate inProductionOn,
                                      boolean repeat, long energyMwh, String origin) {
        return new ProjectState(status, 100, commencedOn, inProductionOn, 0, false, null, repeat, VerifiedProgress.NONE,
                JULY_20, energyMwh, origin);
    }

}
