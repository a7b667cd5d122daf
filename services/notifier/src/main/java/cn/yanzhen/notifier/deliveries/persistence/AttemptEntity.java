package cn.yanzhen.notifier.deliveries.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try of a delivery, for the delivery log. */
@Entity
@Table(name = "delivery_attempt")
public class AttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long deliveryId;
    public Instant attemptedAt;
    public boolean succeeded;
    public String error;

    public static AttemptEntity of(long deliveryId, Instant at, String error) {
        AttemptEntity attempt = new AttemptEntity();
        attempt.deliveryId = deliveryId;
        attempt.attemptedAt = at;
        attempt.succeeded = error == null;
        attempt.error = error;
        return attempt;
    }
}
