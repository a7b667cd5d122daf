package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.matching.SigningMatched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Verdicts that arrived before their signing, kept until the signing arrives (the newest one wins). */
@ApplicationScoped
public class EarlyVerdicts {

    private static final String KEEP = "insert into early_verdict (signing_id, verdict, matched_at) values (?, ?, ?)"
            + " on conflict (signing_id) do update set verdict = excluded.verdict, matched_at = excluded.matched_at"
            + " where early_verdict.matched_at <= excluded.matched_at";

    private final EntityManager entityManager;

    EarlyVerdicts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Keeps each verdict, in one JDBC batch. */
    public void keepAll(List<SigningMatched> matches) {
        if (matches.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement keep = connection.prepareStatement(KEEP)) {
                for (SigningMatched match : matches) {
                    keep.setObject(1, match.signingId());
                    keep.setString(2, match.verdict().name());
                    keep.setTimestamp(3, Timestamp.from(match.matchedAt()));
                    keep.addBatch();
                }
                keep.executeBatch();
            }
        });
    }

    /** Removes and returns the kept verdicts of these signings, by signing id. */
    public Map<UUID, String> takeAll(Collection<UUID> signingIds) {
        Map<UUID, String> verdicts = new HashMap<>();
        if (signingIds.isEmpty()) {
            return verdicts;
        }
        List<?> rows = entityManager.createNativeQuery("delete from early_verdict where signing_id = any (cast(?1 as uuid[]))"
                        + " returning signing_id, verdict")
                .setParameter(1, signingIds.toArray(UUID[]::new))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            verdicts.put((UUID) columns[0], (String) columns[1]);
        }
        return verdicts;
    }
}
