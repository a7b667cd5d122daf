package cn.yanzhen.notifier.deliveries.application;

import cn.yanzhen.notifier.channels.application.ChannelFailure;
import cn.yanzhen.notifier.channels.application.Channels;
import cn.yanzhen.notifier.channels.domain.Message;
import cn.yanzhen.notifier.channels.domain.MessageComposer;
import cn.yanzhen.notifier.channels.domain.Notice;
import cn.yanzhen.notifier.deliveries.domain.Backoff;
import cn.yanzhen.notifier.deliveries.domain.DeliveryStatus;
import cn.yanzhen.notifier.deliveries.persistence.AlertEntity;
import cn.yanzhen.notifier.deliveries.persistence.AlertRepository;
import cn.yanzhen.notifier.deliveries.persistence.AttemptEntity;
import cn.yanzhen.notifier.deliveries.persistence.DeliveryEntity;
import cn.yanzhen.notifier.deliveries.persistence.DeliveryRepository;
import cn.yanzhen.notifier.deliveries.persistence.ProjectRepository;
import cn.yanzhen.notifier.subscriptions.application.SubscriptionDirectory;
import cn.yanzhen.notifier.subscriptions.domain.Subscription;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends what is due: deliveries are claimed in one short transaction (their next try moved a lease
 * ahead, so a sender killed mid-way leaves them to be sent again, never lost), sent outside it, and the
 * outcome of each message recorded in its own. A digest subscription's due deliveries go as one message.
 */
@ApplicationScoped
public class DeliverySending {

    private static final Logger LOG = Logger.getLogger(DeliverySending.class);
    private static final int CLAIMED_AT_ONCE = 500;

    private record Claim(Subscription subscription, List<Long> deliveryIds, Message message) {
    }

    private final DeliveryRepository deliveries;
    private final AlertRepository alerts;
    private final ProjectRepository projects;
    private final SubscriptionDirectory subscriptions;
    private final AlertSubjects subjects;
    private final Channels channels;
    private final Backoff backoff;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration lease;

    DeliverySending(DeliveryRepository deliveries, AlertRepository alerts, ProjectRepository projects,
                    SubscriptionDirectory subscriptions, AlertSubjects subjects, Channels channels, Backoff backoff,
                    MeterRegistry meters, Clock clock,
                    @ConfigProperty(name = "yanzhen.notifier.claim-lease") Duration lease) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.projects = projects;
        this.subscriptions = subscriptions;
        this.subjects = subjects;
        this.channels = channels;
        this.backoff = backoff;
        this.meters = meters;
        this.clock = clock;
        this.lease = lease;
    }

    /** Sends every message due now; returns how many went through. */
    public int sendDue() {
        Instant now = Instant.now(clock);
        List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> claim(now));
        int sent = 0;
        for (Claim claim : claims) {
            sent += deliver(claim) ? 1 : 0;
        }
        return sent;
    }

    private List<Claim> claim(Instant now) {
        List<DeliveryEntity> due = deliveries.lockDue(now, CLAIMED_AT_ONCE);
        due.forEach(delivery -> delivery.nextAttemptAt = now.plus(lease));
        Map<String, AlertEntity> alerted = alerts.findAll(due.stream().map(delivery -> delivery.alertId).toList());
        var known = projects.findAll(alerted.values().stream()
                .flatMap(alert -> AlertSubjects.signingOf(alert.subject).stream()).toList());
        Map<UUID, List<DeliveryEntity>> bySubscription = new LinkedHashMap<>();
        due.forEach(delivery -> bySubscription.computeIfAbsent(delivery.subscriptionId, id -> new ArrayList<>())
                .add(delivery));
        List<Claim> claims = new ArrayList<>();
        bySubscription.forEach((id, owed) -> subscriptions.find(id).ifPresent(subscription -> {
            List<Notice> notices = owed.stream().map(delivery -> subjects.noticeOf(alerted.get(delivery.alertId), known))
                    .toList();
            if (subscription.isDigest()) {
                claims.add(new Claim(subscription, owed.stream().map(delivery -> delivery.id).toList(),
                        MessageComposer.digest(notices, LocalDate.ofInstant(now, Subscription.CHINA),
                                subscription.language())));
            } else {
                for (int i = 0; i < owed.size(); i++) {
                    claims.add(new Claim(subscription, List.of(owed.get(i).id),
                            MessageComposer.single(notices.get(i), subscription.language())));
                }
            }
        }));
        return claims;
    }

    private boolean deliver(Claim claim) {
        String channel = claim.subscription().channel().name();
        Optional<String> failure = Optional.empty();
        try {
            channels.send(claim.subscription(), claim.message());
        } catch (ChannelFailure e) {
            failure = Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            failure = Optional.of(e.toString());
        }
        Optional<String> error = failure;
        QuarkusTransaction.requiringNew().run(() -> record(claim, error, Instant.now(clock)));
        if (error.isPresent()) {
            LOG.warnf("%s to subscription %s failed: %s", channel, claim.subscription().id(), error.get());
            Counter.builder("yanzhen.notifier.delivery.failures").description("messages a channel did not take")
                    .tag("channel", channel).register(meters).increment();
            return false;
        }
        Counter.builder("yanzhen.notifier.messages.sent").description("messages a channel took")
                .tag("channel", channel).register(meters).increment();
        return true;
    }

    private void record(Claim claim, Optional<String> error, Instant now) {
        for (DeliveryEntity delivery : deliveries.lockAll(claim.deliveryIds())) {
            delivery.attempts++;
            deliveries.addAttempt(AttemptEntity.of(delivery.id, now, error.orElse(null)));
            if (error.isEmpty()) {
                delivery.status = DeliveryStatus.SENT.name();
                delivery.sentAt = now;
                delivery.lastError = null;
            } else {
                delivery.lastError = error.get();
                backoff.nextAttempt(delivery.attempts, now).ifPresentOrElse(next -> delivery.nextAttemptAt = next,
                        () -> delivery.status = DeliveryStatus.FAILED.name());
            }
        }
    }
}
