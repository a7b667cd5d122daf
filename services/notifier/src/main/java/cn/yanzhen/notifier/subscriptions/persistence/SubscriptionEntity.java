package cn.yanzhen.notifier.subscriptions.persistence;

import cn.yanzhen.contracts.alert.Alert.AlertCode;
import cn.yanzhen.contracts.alert.AlertTexts.Language;
import cn.yanzhen.notifier.subscriptions.domain.Channel;
import cn.yanzhen.notifier.subscriptions.domain.Scope;
import cn.yanzhen.notifier.subscriptions.domain.Subscription;
import jakarta.persistence.Column;
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
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "event_code")
    public String eventCode;
    @Column(name = "industry_code")
    public String industryCode;
    @Column(name = "alert_codes")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] alertCodes;
    public String channel;
    public String target;
    public String secret;
    public String language;
    @Column(name = "digest_at")
    public LocalTime digestAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
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
