package cn.yanzhen.platform.outbox;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;

/** The {@code OUTBOX_EVENT_PARKED} alert that tells operators an event was parked, and why. */
final class ParkingNotice {

    private final ObjectMapper json;
    private final String serviceActor;

    ParkingNotice(ObjectMapper json, String serviceActor) {
        this.json = json;
        this.serviceActor = serviceActor;
    }

    /** The alert as an outbox row, written in the same transaction as the parking. */
    OutboxRows.NewRow alertFor(OutboxRows.Pending event, String reason, Instant now) {
        String detail = String.format("事件未能发布，已搁置：%s 上键为 %s 的 %s（ce_id %s），原因：%s。"
                        + " Event parked, not published: %s with key %s on %s (ce_id %s), because %s.",
                event.topic(), event.key(), event.type(), event.eventId(), reason,
                event.type(), event.key(), event.topic(), event.eventId(), reason);
        Alert alert = new Alert(Alert.AlertCode.OUTBOX_EVENT_PARKED, Alert.Severity.CRITICAL, event.key(), detail, now);
        try {
            return new OutboxRows.NewRow(UUID.randomUUID(), Topics.ALERTS.name(), event.key(), EventTypes.ALERT, now,
                    json.writeValueAsString(alert), serviceActor, event.traceparent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert cannot be written as JSON", e);
        }
    }
}
