package cn.yanzhen.capacity.domain;

/** A profile change that does not name the version it was made from, or names one that is no longer current. */
public class ProfileVersionConflict extends RuntimeException {

    /** MISSING: the region has a profile and the change named no version; STALE: another change came first. */
    public enum Reason { MISSING, STALE }

    private final Reason reason;

    public ProfileVersionConflict(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
