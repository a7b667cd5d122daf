package cn.yanzhen.tracking.obstacles.domain;

import cn.yanzhen.tracking.figures.domain.Place;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.Obstacle.Category;
import cn.yanzhen.contracts.tracking.Obstacle.Status;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.Scopes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The obstacle ledger's state machine, rules and figures (docs/contract.md §4.7), expectations worked by hand. */
class ObstacleDomainTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    private final FigureChanges changes = new FigureChanges(new Scopes(RegionDirectory.load(), IndustryCatalogue.load()));

    @Test
    void theStateMachineAllowsExactlyItsFourMoves() {
        List<List<Status>> allowed = List.of(List.of(Status.OPEN, Status.IN_PROGRESS),
                List.of(Status.OPEN, Status.WITHDRAWN), List.of(Status.IN_PROGRESS, Status.RESOLVED),
                List.of(Status.IN_PROGRESS, Status.WITHDRAWN));
        int refused = 0;
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                boolean legal = allowed.contains(List.of(from, to));
                assertThat(ObstacleRules.conflict(from, to)).as("%s → %s", from, to).matches(reason -> reason
                        .isEmpty() == legal);
                refused += legal ? 0 : 1;
            }
        }
        // 4 statuses × 4 targets = 16 pairs, 4 of them legal
        assertThat(refused).isEqualTo(12);
        assertThat(ObstacleRules.conflict(Status.OPEN, Status.RESOLVED)).hasValue(
                "an obstacle OPEN moves only to IN_PROGRESS or WITHDRAWN, not to RESOLVED");
        assertThat(ObstacleRules.conflict(Status.RESOLVED, Status.IN_PROGRESS)).hasValue(
                "the obstacle is RESOLVED, which is final");
    }

    @Test
    void aNewObstacleNamesEachMissingOrBadField() {
        assertThat(fields(new NewObstacle(null, null, null, null, null))).containsExactlyInAnyOrder(
                "obstacleId", "category", "description", "department", "openedOn");
        assertThat(fields(new NewObstacle("bad id!", Category.LAND, "长".repeat(501), "部".repeat(101), TODAY)))
                .containsExactlyInAnyOrder("obstacleId", "description", "department");
        assertThat(fields(new NewObstacle("GX-1", Category.LAND, "征地未完成", "县自然资源局", TODAY))).isEmpty();

        Violations early = new Violations();
        ObstacleRules.checkOpening(new NewObstacle("GX-1", Category.LAND, "征地", "局", SIGNED.minusDays(1)),
                SIGNED, TODAY, early);
        Violations late = new Violations();
        ObstacleRules.checkOpening(new NewObstacle("GX-1", Category.LAND, "征地", "局", TODAY.plusDays(1)),
                SIGNED, TODAY, late);
        Violations onTheDays = new Violations();
        ObstacleRules.checkOpening(new NewObstacle("GX-1", Category.LAND, "征地", "局", SIGNED), SIGNED, TODAY,
                onTheDays);
        assertThat(early.all()).extracting(Violations.Violation::field).containsExactly("openedOn");
        assertThat(late.all()).extracting(Violations.Violation::field).containsExactly("openedOn");
        assertThat(onTheDays.isEmpty()).isTrue();
    }

    @Test
    void aResolutionOrAWithdrawalNeedsItsNoteAndADayBetweenTheLastChangeAndToday() {
        assertThat(fields(new ObstacleMove(Status.RESOLVED, TODAY, null))).containsExactly("note");
        assertThat(fields(new ObstacleMove(Status.WITHDRAWN, TODAY, null))).containsExactly("note");
        assertThat(fields(new ObstacleMove(Status.IN_PROGRESS, TODAY, null))).isEmpty();
        assertThat(fields(new ObstacleMove(null, null, "x".repeat(501)))).containsExactlyInAnyOrder("status", "on",
                "note");

        Violations before = new Violations();
        ObstacleRules.checkDay(new ObstacleMove(Status.IN_PROGRESS, LocalDate.of(2025, 9, 30), null),
                LocalDate.of(2025, 10, 1), TODAY, before);
        Violations after = new Violations();
        ObstacleRules.checkDay(new ObstacleMove(Status.IN_PROGRESS, TODAY.plusDays(1), null),
                LocalDate.of(2025, 10, 1), TODAY, after);
        assertThat(before.all()).extracting(Violations.Violation::field).containsExactly("on");
        assertThat(after.all()).extracting(Violations.Violation::field).containsExactly("on");
    }

    @Test
    void aScopesFiguresFollowItsObstaclesAsTheyMove() {
        // four obstacles of one Beihai (450500) project, then moves
        ObstacleMark land = open(Category.LAND, "2025-08-01");
        ObstacleMark power = open(Category.POWER, "2025-09-10");
        ObstacleMark water = open(Category.WATER, "2025-08-15");
        ObstacleMark permit = open(Category.PERMIT, "2025-10-01");
        // POWER resolved on 2025-09-30: 20 days; WATER resolved 2025-11-14: 91 days (16 + 30 + 31 + 14);
        // PERMIT withdrawn on 2025-10-05
        move(power, ObstacleMark.of(Category.POWER, Status.RESOLVED, date("2025-09-10"), date("2025-09-30")));
        move(water, ObstacleMark.of(Category.WATER, Status.RESOLVED, date("2025-08-15"), date("2025-11-14")));
        move(permit, ObstacleMark.of(Category.PERMIT, Status.WITHDRAWN, date("2025-10-01"), date("2025-10-05")));

        Stats.Obstacles figures = ObstacleFigures.of(counts("region:450000"));
        // open: LAND since 08-01 alone; resolved 20 and 91 days: median rank ⌈0.5·2⌉ = 1 → 20; 1 withdrawn
        assertThat(figures.open()).isEqualTo(new Stats.Waiting(1, date("2025-08-01")));
        assertThat(figures.openByCategory().get("LAND")).isEqualTo(new Stats.Waiting(1, date("2025-08-01")));
        assertThat(figures.openByCategory().get("POWER")).isEqualTo(Stats.Waiting.NONE);
        assertThat(figures.openByCategory().keySet()).containsExactly("LAND", "POWER", "WATER", "FINANCING",
                "PERMIT", "LABOUR", "LOGISTICS", "OTHER");
        assertThat(figures.resolved()).isEqualTo(2);
        assertThat(figures.medianDaysToResolve()).isEqualTo(20);
        assertThat(figures.withdrawn()).isEqualTo(1);
        // every scope of the project sees the same; a scope it does not count in sees nothing
        assertThat(ObstacleFigures.of(counts("event:E1"))).isEqualTo(figures);
        assertThat(ObstacleFigures.of(counts("all"))).isEqualTo(figures);
        assertThat(ObstacleFigures.of(counts("region:450100"))).isEqualTo(Stats.Obstacles.NONE);
        assertThat(land.value()).isEqualTo(date("2025-08-01").toEpochDay());
    }

    private ObstacleMark open(Category category, String on) {
        ObstacleMark mark = ObstacleMark.of(category, Status.OPEN, date(on), null);
        changes.contribute(new Place("E1", "450500", "3252"), mark.counted(1));
        return mark;
    }

    private void move(ObstacleMark before, ObstacleMark after) {
        changes.contribute(new Place("E1", "450500", "3252"), before.counted(-1));
        changes.contribute(new Place("E1", "450500", "3252"), after.counted(1));
    }

    private Map<ObstacleMark, Long> counts(String scope) {
        return changes.countsOf(ObstacleMark.KIND, ObstacleMark.class).getOrDefault(scope, Map.of());
    }

    private static List<String> fields(NewObstacle obstacle) {
        Violations violations = new Violations();
        ObstacleRules.check(obstacle, violations);
        return violations.all().stream().map(Violations.Violation::field).toList();
    }

    private static List<String> fields(ObstacleMove move) {
        Violations violations = new Violations();
        ObstacleRules.check(move, violations);
        return violations.all().stream().map(Violations.Violation::field).toList();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
