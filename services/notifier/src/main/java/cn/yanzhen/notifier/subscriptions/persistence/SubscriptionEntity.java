package cn.yanzhen.notifier.subscriptions.persistence;

import cn.yanzhen.contracts.alert.Alert.AlertCode;
import cn.yanzhen.contracts.alert.AlertTexts.Language;
import cn.yanzhen.notifier.subscriptions.domain.Channel;
import cn.yanzhen.notifier.subscriptions.domain.Scope;
import cn.yanzhen.notifier.subscriptions.domain.Subscription;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "subscription")
public class SubscriptionEntity {

    @Id
    public UUID id;
    public String regionCode;
    public String eventCode;
    public String industryCode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] alertCodes;
    public String channel;
    public String target;
    public String secret;
    public String language;
    public LocalTime digestAt;
    public String createdBy;
    public Instant createdAt;

    public static SubscriptionEntity of(Subscription subscription, String createdBy, Instant createdAt) {
        SubscriptionEntity entity = new SubscriptionEntity();
        entity.id = subscription.id();
        entity.regionCode = subscription.scope().regionCode();
        entity.eventCode = subscription.scope().eventCode();
        entity.industryCode = subscription.scope().industryCode();
        entity.alertCodes = subscription.codes().stream().map(Enum::name).sorted().toArray(String[]::new);
        entity.channel = subscription.channel().name();
        entity.target = subscription.target();
        entity.secret = subscription.secret();
        entity.language = subscription.language().name();
        entity.digestAt = subscription.digestAt();
        entity.createdBy = createdBy;
        entity.createdAt = createdAt;
        return entity;
    }

    public Subscription toSubscription() {
        return new Subscription(id, new Scope(regionCode, eventCode, industryCode),
                Arrays.stream(alertCodes).map(AlertCode::valueOf).collect(Collectors.toSet()), Channel.valueOf(channel),
                target, secret, Language.valueOf(language), digestAt);
    }
}
