package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.platform.api.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of match results. */
@ApplicationScoped
public class MatchQueries {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    MatchQueries(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The filters of a listing; null means any. */
    public record Filter(String verdict, String eventCode, Collection<String> destinations) {
    }

    public Optional<SigningMatched> current(UUID signingId) {
        return entityManager.createQuery("from MatchResultEntity where signingId = :id and current",
                        MatchResultEntity.class)
                .setParameter("id", signingId)
                .getResultStream().findFirst().map(this::read);
    }

    /** Every evaluation of the signing, newest first. */
    public List<SigningMatched> history(UUID signingId) {
        return entityManager.createQuery("from MatchResultEntity where signingId = :id order by matchedAt desc",
                        MatchResultEntity.class)
                .setParameter("id", signingId)
                .getResultStream().map(this::read).toList();
    }

    public Page<SigningMatched> current(Filter filter, int page, int size) {
        String where = " where current"
                + (filter.verdict() == null ? "" : " and verdict = :verdict")
                + (filter.eventCode() == null ? "" : " and eventCode = :event")
                + (filter.destinations() == null ? "" : " and destinationRegion in :destinations");
        TypedQuery<MatchResultEntity> items = entityManager.createQuery("from MatchResultEntity" + where
                + " order by matchedAt, signingId", MatchResultEntity.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(m) from MatchResultEntity m" + where,
                Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            if (filter.verdict() != null) {
                query.setParameter("verdict", filter.verdict());
            }
            if (filter.eventCode() != null) {
                query.setParameter("event", filter.eventCode());
            }
            if (filter.destinations() != null) {
                query.setParameter("destinations", filter.destinations());
            }
        }
        List<SigningMatched> results = items.setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(this::read).toList();
        return new Page<>(results, page, size, count.getSingleResult());
    }

    private SigningMatched read(MatchResultEntity entity) {
        try {
            return json.readValue(entity.result, SigningMatched.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored match result " + entity.eventId + " is unreadable", e);
        }
    }
}
