package cn.yanzhen.dashboard.api;

/**
 * Why the server ended a live stream; the page shows it and returns to its sign-in instead of
 * reconnecting (docs/contract.md §7.8).
 */
enum SessionEnd {
    EXPIRED("expired"),
    SIGNED_OUT("signed-out");

    /** The name of the last event an ended stream sends. */
    static final String EVENT_NAME = "session-ended";

    private final String reason;

    SessionEnd(String reason) {
        this.reason = reason;
    }

    /** The event's data, e.g. {@code {"reason":"expired"}}. */
    String data() {
        return "{\"reason\":\"" + reason + "\"}";
    }
}
