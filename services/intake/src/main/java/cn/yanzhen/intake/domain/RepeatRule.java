package cn.yanzhen.intake.domain;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing.LinkStatus;
import cn.yanzhen.contracts.signing.Signing.RepeatOf;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * When a new signing repeats an earlier one of the same project (重复签约): same investor credit code,
 * destinations equal or one inside the other, same industry division, investment within a tolerance of
 * the earlier one's, signed within some months before. A repeat is linked to the earliest signing of
 * the project, so that figures beyond the event count the project once, through that one.
 */
public final class RepeatRule {

    public static final List<String> MATCHED_ON = List.of("investor.creditCode", "destinationRegion",
            "industryCode", "investmentYuan", "signedOn");

    /** How close two signings must be to be taken for one project. */
    public record Thresholds(double investmentTolerance, int withinMonths) {
    }

    /** What the rule compares of a signing; {@code repeatOf} is where an earlier repeat already points. */
    public record Candidate(UUID id, String creditCode, String destinationRegion, String industryCode,
                            long investmentYuan, LocalDate signedOn, Instant registeredAt, UUID repeatOf) {
    }

    private static final Comparator<Candidate> EARLIEST = Comparator.comparing(Candidate::signedOn)
            .thenComparing(Candidate::registeredAt).thenComparing(Candidate::id);

    private final RegionDirectory regions;
    private final Thresholds thresholds;

    public RepeatRule(RegionDirectory regions, Thresholds thresholds) {
        this.regions = regions;
        this.thresholds = thresholds;
    }

    /** The earliest signing of the project that {@code signing} repeats, among signings registered before it. */
    public Optional<RepeatOf> find(Candidate signing, Collection<Candidate> earlier) {
        return earlier.stream().filter(candidate -> matches(signing, candidate)).min(EARLIEST)
                .map(match -> new RepeatOf(match.repeatOf() != null ? match.repeatOf() : match.id(), MATCHED_ON,
                        LinkStatus.SUSPECTED));
    }

    /** The earliest day an earlier signing may have been signed on to be matched with one signed on {@code day}. */
    public LocalDate windowStart(LocalDate day) {
        return day.minusMonths(thresholds.withinMonths());
    }

    boolean matches(Candidate signing, Candidate earlier) {
        return !earlier.id().equals(signing.id())
                && earlier.creditCode().equals(signing.creditCode())
                && nested(earlier.destinationRegion(), signing.destinationRegion())
                && division(earlier.industryCode()).equals(division(signing.industryCode()))
                && Math.abs(signing.investmentYuan() - earlier.investmentYuan())
                        <= thresholds.investmentTolerance() * earlier.investmentYuan()
                && !earlier.signedOn().isAfter(signing.signedOn())
                && !earlier.signedOn().isBefore(windowStart(signing.signedOn()));
    }

    private boolean nested(String one, String other) {
        return one.equals(other) || regions.isWithin(one, other) || regions.isWithin(other, one);
    }

    private static String division(String industryCode) {
        return industryCode.substring(0, 2);
    }
}
