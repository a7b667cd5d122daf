package cn.yanzhen.matching.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "match_result")
public class MatchResultEntity {

    @Id
    public UUID eventId;
    public UUID signingId;
    public boolean current;
    public String eventCode;
    public String destinationRegion;
    public String verdict;
    public int score;
    /** The published {@code yanzhen.signing.matched} payload, as JSON. */
    public String result;
    public Instant matchedAt;
}
