package cn.yanzhen.matching.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "match_result")
public class MatchResultEntity {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "signing_id")
    public UUID signingId;
    public boolean current;
    @Column(name = "event_code")
    public String eventCode;
    @Column(name = "destination_region")
    public String destinationRegion;
    public String verdict;
    public int score;
    /** The published {@code yanzhen.signing.matched} payload, as JSON. */
    public String result;
    @Column(name = "matched_at")
    public Instant matchedAt;
}
