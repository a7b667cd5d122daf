package cn.yanzhen.notifier.deliveries.domain;

/** Where a delivery stands: owed (waiting for its time or for its channel to come back), sent, or given up. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
