package cn.yanzhen.notifier.subscriptions.domain;

import java.util.List;

/** A subscription as a client wrote it, every field still text, before {@link SubscriptionRules} checks it. */
public record SubscriptionDraft(List<String> alertCodes, String regionCode, String eventCode, String industryCode,
                                String channel, String target, String secret, String language, String digestAt) {
}
