package cn.yanzhen.notifier.deliveries.application;

import cn.yanzhen.notifier.deliveries.persistence.AlertEntity;
import cn.yanzhen.notifier.deliveries.persistence.AlertRepository;
import cn.yanzhen.notifier.deliveries.persistence.AttemptEntity;
import cn.yanzhen.notifier.deliveries.persistence.DeliveryEntity;
import cn.yanzhen.notifier.deliveries.persistence.DeliveryRepository;
import cn.yanzhen.notifier.subscriptions.application.SubscriptionDirectory;
import cn.yanzhen.notifier.subscriptions.persistence.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What became of one alert: each subscription it was owed to, and each try with its outcome. */
@ApplicationScoped
public class DeliveryLog {

    public record AlertDeliveries(AlertEntity alert, List<DeliveryEntity> deliveries, List<AttemptEntity> attempts,
                                  Map<UUID, SubscriptionEntity> subscriptions) {
    }

    private final AlertRepository alerts;
    private final DeliveryRepository deliveries;
    private final SubscriptionDirectory subscriptions;

    DeliveryLog(AlertRepository alerts, DeliveryRepository deliveries, SubscriptionDirectory subscriptions) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
    }

    @Transactional
    public Optional<AlertDeliveries> of(String alertId) {
        return alerts.find(alertId).map(alert -> {
            List<DeliveryEntity> owed = deliveries.ofAlert(alertId);
            return new AlertDeliveries(alert, owed, deliveries.attemptsOf(owed.stream().map(d -> d.id).toList()),
                    owed.stream().map(d -> d.subscriptionId).distinct().map(subscriptions::entry)
                            .flatMap(Optional::stream)
                            .collect(Collectors.toMap(entry -> entry.id, Function.identity())));
        });
    }
}
