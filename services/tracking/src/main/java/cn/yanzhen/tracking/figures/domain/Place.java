package cn.yanzhen.tracking.figures.domain;

/**
 * Where a project counts: the event it was signed at, its destination, its industry (a GB/T 4754 code), the park its
 * signing names and the industrial chain it is tagged to (each null when none). {@link Scopes} turns it into the
 * scopes whose figures the project's moves change.
 */
public record Place(String eventCode, String destinationRegion, String industryCode, String parkCode,
                    String chainCode) {

    /** A project in no park and on no chain. */
    public Place(String eventCode, String destinationRegion, String industryCode) {
        this(eventCode, destinationRegion, industryCode, null, null);
    }
}
