package cn.yanzhen.tracking.keyprojects.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A key project's plan as it stands, without its approvals (key_approval, read by {@link KeyPlanStore}). */
@Entity
@Table(name = "key_plan")
public class KeyPlanEntity {

    @Id
    public UUID signingId;
    public String eventCode;
    public String destinationRegion;
    public String officer;
    public String changedBy;
    public Instant changedAt;
    public Instant recordedAt;
}
