package cn.yanzhen.tracking.domain;

/** A progress report the project cannot take; nothing was changed. */
public class ReportRefused extends RuntimeException {

    /** Why: the project is not (yet) known, or the report conflicts with it or with an earlier one. */
    public enum Reason { UNKNOWN_PROJECT, CONFLICT }

    private final Reason reason;

    public ReportRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
