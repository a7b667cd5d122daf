package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.alert.Alert;

/** An alert as the feed holds it, under the {@code ce_id} that de-duplicates redeliveries. */
public record FeedAlert(String eventId, Alert alert) {
}
