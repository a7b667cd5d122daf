package cn.yanzhen.capacity.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "withdrawn_signing")
public class WithdrawnSigningEntity {

    @Id
    public UUID signingId;
    public Instant withdrawnAt;
}
