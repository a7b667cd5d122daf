package cn.yanzhen.tracking.obstacles.domain;

/** An obstacle that cannot be recorded or moved as asked; nothing was changed. */
public class ObstacleRefused extends RuntimeException {

    /** Why: the project or obstacle is not (yet) known, or the request conflicts with its state or an earlier one. */
    public enum Reason { UNKNOWN, CONFLICT }

    private final Reason reason;

    public ObstacleRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
