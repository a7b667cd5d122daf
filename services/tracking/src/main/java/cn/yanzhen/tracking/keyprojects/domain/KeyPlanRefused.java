package cn.yanzhen.tracking.keyprojects.domain;

/** A plan or an approval's move that cannot be taken as asked; nothing was changed. */
public class KeyPlanRefused extends RuntimeException {

    /** Why: the project, plan or approval is not (yet) known, or the request conflicts with what stands. */
    public enum Reason { UNKNOWN, CONFLICT }

    private final Reason reason;

    public KeyPlanRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
