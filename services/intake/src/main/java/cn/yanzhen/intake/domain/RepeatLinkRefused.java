package cn.yanzhen.intake.domain;

/** A change of a repeat link that cannot be made; nothing was changed. */
public class RepeatLinkRefused extends RuntimeException {

    /** Why: a signing is not known, or the link conflicts with the signings as they are. */
    public enum Reason { UNKNOWN_SIGNING, CONFLICT }

    private final Reason reason;

    public RepeatLinkRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
