package cn.yanzhen.intake.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When the organiser may link a signing to the earlier signing it repeats: links always point at the
 * earliest signing of a project, so neither end may be part of another chain the wrong way round.
 */
public final class RepeatLinkRules {

    /** What the rules need to know of either end of a link. */
    public record End(UUID id, LocalDate signedOn, boolean withdrawn, UUID repeatOf, boolean hasRepeats) {
    }

    private RepeatLinkRules() {
    }

    /** Why {@code repeat} may not be linked to {@code earlier} (a 409), if it may not. */
    public static Optional<String> conflict(End repeat, End earlier) {
        if (repeat.id().equals(earlier.id())) {
            return Optional.of("a signing cannot repeat itself");
        }
        if (repeat.withdrawn() || earlier.withdrawn()) {
            return Optional.of("a withdrawn signing is not linked; signing " + (repeat.withdrawn() ? repeat : earlier).id()
                    + " was withdrawn");
        }
        if (earlier.repeatOf() != null) {
            return Optional.of("signing " + earlier.id() + " itself repeats signing " + earlier.repeatOf()
                    + "; link to that one, the earliest signing of the project");
        }
        if (repeat.hasRepeats()) {
            return Optional.of("signing " + repeat.id() + " is the earliest signing that others repeat; link "
                    + earlier.id() + " to it instead, or remove those links first");
        }
        if (earlier.signedOn().isAfter(repeat.signedOn())) {
            return Optional.of("signing " + earlier.id() + " was signed on " + earlier.signedOn() + ", after "
                    + repeat.signedOn() + "; the link points from the later signing to the earlier one");
        }
        return Optional.empty();
    }
}
