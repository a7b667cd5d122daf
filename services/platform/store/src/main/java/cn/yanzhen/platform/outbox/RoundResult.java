package cn.yanzhen.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What became of one round's events: those the broker acknowledged (marked sent whatever happened to the
 * others, so none is sent twice), those refused for good (parked), and the first failure worth another try.
 */
final class RoundResult {

    record Refusal(OutboxRows.Pending event, Throwable failure) {
    }

    private final List<OutboxRows.Pending> acknowledged = new ArrayList<>();
    private final List<Refusal> refused = new ArrayList<>();
    private Throwable retryable;

    void acknowledged(OutboxRows.Pending event) {
        acknowledged.add(event);
    }

    void failed(OutboxRows.Pending event, Throwable failure) {
        if (SendFailures.isPermanent(failure)) {
            refused.add(new Refusal(event, failure));
        } else if (retryable == null) {
            retryable = failure;
        }
    }

    List<OutboxRows.Pending> acknowledged() {
        return acknowledged;
    }

    List<Refusal> refused() {
        return refused;
    }

    Optional<Throwable> retryable() {
        return Optional.ofNullable(retryable);
    }
}
