package cn.yanzhen.matching.persistence;

import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.platform.persistence.SetStatements;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Every evaluation ever published (by its ce_id); the newest per signing is current. */
@ApplicationScoped
public class MatchResults {

    private static final String INSERT = "insert into match_result (event_id, signing_id, current, event_code,"
            + " destination_region, verdict, score, result, matched_at) select event_id, signing_id, true, event_code,"
            + " destination_region, verdict, score, result, matched_at from unnest(?::uuid[], ?::uuid[], ?::text[],"
            + " ?::text[], ?::text[], ?::int[], ?::text[], ?::timestamptz[]) as r (event_id, signing_id, event_code,"
            + " destination_region, verdict, score, result, matched_at)";

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

    /** Adds results, each the current one of its signing and published as the event of the same index, at once. */
    public void addAll(List<UUID> eventIds, List<SigningMatched> results) {
        List<Integer> rows = IntStream.range(0, results.size()).boxed().toList();
        List<Function<Integer, Object>> columns = List.of(eventIds::get, row -> results.get(row).signingId(),
                row -> results.get(row).eventCode(), row -> results.get(row).destinationRegion(),
                row -> results.get(row).verdict(), row -> results.get(row).score(), row -> write(results.get(row)),
                row -> results.get(row).matchedAt());
        SetStatements.write(entityManager, INSERT, rows, columns);
    }

    private String write(SigningMatched result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
