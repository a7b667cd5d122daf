package cn.yanzhen.tracking.rounds.domain;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.Violations;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * What a round to open must satisfy (docs/contract.md §4.6): a code of letters, digits, '-' and '_';
 * a scope that is {@code all} or a known region; a due date not before the opening date, at most a year
 * after it.
 */
public final class RoundRules {

    public static final int LONGEST_ROUND_DAYS = 366;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private RoundRules() {
    }

    public static void check(Round round, RegionDirectory regions, Violations violations) {
        required(violations, "code", round.code());
        if (round.code() != null && !CODE.matcher(round.code()).matches()) {
            violations.add("code", "must be 1 to 32 letters, digits, '-' or '_', starting with a letter or digit");
        }
        required(violations, "scope", round.scope());
        if (round.scope() != null && !round.coversAllRegions() && !regions.contains(round.scope())) {
            violations.add("scope", "must be \"all\" or a known GB/T 2260 region code");
        }
        required(violations, "opensOn", round.opensOn());
        required(violations, "dueOn", round.dueOn());
        if (round.opensOn() != null && round.dueOn() != null) {
            if (round.dueOn().isBefore(round.opensOn())) {
                violations.add("dueOn", "must not be before opensOn (" + round.opensOn() + ")");
            } else if (ChronoUnit.DAYS.between(round.opensOn(), round.dueOn()) >= LONGEST_ROUND_DAYS) {
                violations.add("dueOn", "must be less than " + LONGEST_ROUND_DAYS + " days after opensOn");
            }
        }
    }

    private static void required(Violations violations, String field, Object value) {
        if (value == null && !violations.has(field)) {
            violations.add(field, "is required");
        }
    }
}
