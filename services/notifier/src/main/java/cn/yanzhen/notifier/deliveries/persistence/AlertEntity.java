package cn.yanzhen.notifier.deliveries.persistence;

import cn.yanzhen.contracts.alert.Alert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An alert as consumed, under its {@code ce_id}; {@code routed} once its deliveries are written. */
@Entity
@Table(name = "alert")
public class AlertEntity {

    @Id
    public String alertId;
    public String code;
    public String severity;
    public String subject;
    public String detail;
    public Instant raisedAt;
    public boolean routed;

    public static AlertEntity of(String alertId, Alert alert) {
        AlertEntity entity = new AlertEntity();
        entity.alertId = alertId;
        entity.code = alert.code().name();
        entity.severity = alert.severity().name();
        entity.subject = alert.subject();
        entity.detail = alert.detail();
        entity.raisedAt = alert.raisedAt();
        return entity;
    }

    public Alert toAlert() {
        return new Alert(Alert.AlertCode.valueOf(code), Alert.Severity.valueOf(severity), subject, detail, raisedAt);
    }
}
