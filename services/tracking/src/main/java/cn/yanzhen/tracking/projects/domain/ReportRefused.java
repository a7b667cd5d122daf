package cn.yanzhen.tracking.projects.domain;

/** A progress report the project cannot take; nothing was changed. */
public class ReportRefused extends RuntimeException {

    /**
     * Why: the project or report is not (yet) known, the request conflicts with its state or an earlier
     * request, or the caller may not do it to this report (a verifier's own report).
     */
    public enum Reason { UNKNOWN_PROJECT, CONFLICT, NOT_ALLOWED }

    private final Reason reason;

    public ReportRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
