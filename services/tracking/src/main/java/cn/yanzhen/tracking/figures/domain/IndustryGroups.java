package cn.yanzhen.tracking.figures.domain;

/**
 * A kind of figure region scopes keep: the signings each 3-digit industry group has sent there (or to a region inside
 * it), every signing from its registration on, withdrawn or not, so that competition alerts in a group find the
 * regions that received it.
 */
public final class IndustryGroups {

    public static final String KIND = "industry-group";

    private IndustryGroups() {
    }

    /** A newly registered signing of {@code industryCode}. */
    public static FigureContribution registered(String industryCode) {
        return FigureContribution.of(KIND, industryCode.substring(0, Math.min(3, industryCode.length())), 1);
    }
}
