package cn.yanzhen.tracking.obstacles.domain;

import cn.yanzhen.contracts.tracking.Obstacle.Status;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The obstacle ledger's rules (docs/contract.md §4.7): what a new obstacle and a move must carry, and the moves
 * its state machine allows — OPEN → IN_PROGRESS → RESOLVED, and OPEN or IN_PROGRESS → WITHDRAWN.
 */
public final class ObstacleRules {

    public static final int MAX_TEXT = 500;
    public static final int MAX_DEPARTMENT = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.OPEN, Set.of(Status.IN_PROGRESS, Status.WITHDRAWN),
            Status.IN_PROGRESS, Set.of(Status.RESOLVED, Status.WITHDRAWN),
            Status.RESOLVED, Set.of(),
            Status.WITHDRAWN, Set.of());

    private ObstacleRules() {
    }

    /** The fields of a new obstacle, as far as they can be judged without its project. */
    public static void check(NewObstacle obstacle, Violations violations) {
        if (obstacle.obstacleId() != null && !ID.matcher(obstacle.obstacleId()).matches()) {
            violations.add("obstacleId", "must be 1 to 64 letters, digits, '-' or '_', starting with a letter or digit");
        }
        required(violations, "obstacleId", obstacle.obstacleId());
        required(violations, "category", obstacle.category());
        TextRules.optional(violations, "description", obstacle.description(), MAX_TEXT);
        TextRules.optional(violations, "department", obstacle.department(), MAX_DEPARTMENT);
        required(violations, "description", obstacle.description());
        required(violations, "department", obstacle.department());
        required(violations, "openedOn", obstacle.openedOn());
    }

    /** Its opening day against its project: not before the signing, not after today. */
    public static void checkOpening(NewObstacle obstacle, LocalDate signedOn, LocalDate today, Violations violations) {
        if (obstacle.openedOn().isBefore(signedOn)) {
            violations.add("openedOn", "must not be before the project was signed (" + signedOn + ")");
        } else if (obstacle.openedOn().isAfter(today)) {
            violations.add("openedOn", "must not be after today (" + today + ")");
        }
    }

    /** The fields of a move: a status, a day, and a note where it is the resolution or the reason. */
    public static void check(ObstacleMove move, Violations violations) {
        required(violations, "status", move.status());
        required(violations, "on", move.on());
        TextRules.optional(violations, "note", move.note(), MAX_TEXT);
        if (move.note() == null && (move.status() == Status.RESOLVED || move.status() == Status.WITHDRAWN)
                && !violations.has("note")) {
            violations.add("note", "is required when the obstacle is " + move.status()
                    + (move.status() == Status.RESOLVED ? ": how it was resolved" : ": why"));
        }
    }

    /** Its day against the obstacle's last change and today. */
    public static void checkDay(ObstacleMove move, LocalDate lastChangeOn, LocalDate today, Violations violations) {
        if (move.on().isBefore(lastChangeOn)) {
            violations.add("on", "must not be before the obstacle's last change (" + lastChangeOn + ")");
        } else if (move.on().isAfter(today)) {
            violations.add("on", "must not be after today (" + today + ")");
        }
    }

    /** Why an obstacle in {@code from} cannot move to {@code to}; empty when it can. */
    public static Optional<String> conflict(Status from, Status to) {
        if (NEXT.get(from).contains(to)) {
            return Optional.empty();
        }
        if (!from.unresolved()) {
            return Optional.of("the obstacle is " + from + ", which is final");
        }
        return Optional.of("an obstacle " + from + " moves only to " + String.join(" or ",
                NEXT.get(from).stream().map(Enum::name).sorted().toList()) + ", not to " + to);
    }

    private static void required(Violations violations, String field, Object value) {
        if (value == null && !violations.has(field)) {
            violations.add(field, "is required");
        }
    }
}
