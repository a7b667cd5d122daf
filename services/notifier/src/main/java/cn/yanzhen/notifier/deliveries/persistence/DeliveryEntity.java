package cn.yanzhen.notifier.deliveries.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message owed to one subscription for one alert. */
@Entity
@Table(name = "delivery")
public class DeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String alertId;
    public UUID subscriptionId;
    public String status;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public Instant sentAt;
}
