package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.matching.SigningMatched;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Every evaluation ever published (by its ce_id); the newest per signing is current. */
@ApplicationScoped
public class MatchResults {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    MatchResults(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The signing's current result stops being current: a newer one is about to be added. */
    public void retireCurrent(UUID signingId) {
        entityManager.createQuery("update MatchResultEntity set current = false where signingId = :id and current")
                .setParameter("id", signingId)
                .executeUpdate();
    }

    /** Adds a result as the current one of its signing. */
    public void add(UUID eventId, SigningMatched result) {
        MatchResultEntity entity = new MatchResultEntity();
        entity.eventId = eventId;
        entity.signingId = result.signingId();
        entity.current = true;
        entity.eventCode = result.eventCode();
        entity.destinationRegion = result.destinationRegion();
        entity.verdict = result.verdict().name();
        entity.score = result.score();
        entity.result = write(result);
        entity.matchedAt = result.matchedAt();
        entityManager.persist(entity);
    }

    private String write(SigningMatched result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
