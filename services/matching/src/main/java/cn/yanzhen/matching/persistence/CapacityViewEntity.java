package cn.yanzhen.matching.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "capacity_view")
public class CapacityViewEntity {

    @Id
    public String regionCode;
    /** The latest {@code yanzhen.region.capacity} payload of the region, as JSON. */
    public String snapshot;
    public Instant updatedAt;
}
