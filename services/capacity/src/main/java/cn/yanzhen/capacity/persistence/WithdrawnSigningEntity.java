package cn.yanzhen.capacity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "withdrawn_signing")
public class WithdrawnSigningEntity {

    @Id
    @Column(name = "signing_id")
    public UUID signingId;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
