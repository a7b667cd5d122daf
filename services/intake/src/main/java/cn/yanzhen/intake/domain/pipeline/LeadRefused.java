package cn.yanzhen.intake.domain.pipeline;

/** A lead that cannot be recorded, moved or linked as asked; nothing was changed. */
public class LeadRefused extends RuntimeException {

    /** Why: the lead or signing is not known, or the request conflicts with its state or an earlier one. */
    public enum Reason { UNKNOWN, CONFLICT }

    private final Reason reason;

    public LeadRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static LeadRefused conflict(String message) {
        return new LeadRefused(Reason.CONFLICT, message);
    }

    public static LeadRefused unknown(String message) {
        return new LeadRefused(Reason.UNKNOWN, message);
    }
}
