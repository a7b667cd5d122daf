package cn.yanzhen.notifier.deliveries.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The delivery log of one alert. */
public record AlertDeliveriesView(String alertId, String code, String subject, Instant raisedAt, boolean routed,
                                  List<DeliveryView> deliveries) {

    public record DeliveryView(long id, UUID subscriptionId, String channel, String target, String status,
                               int attempts, Instant nextAttemptAt, Instant sentAt, String lastError,
                               List<AttemptView> log) {
    }

    public record AttemptView(Instant at, boolean succeeded, String error) {
    }
}
