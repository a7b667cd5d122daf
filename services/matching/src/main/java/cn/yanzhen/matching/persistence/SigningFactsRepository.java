package cn.yanzhen.matching.persistence;

import cn.yanzhen.matching.domain.CompetitionIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What matching remembers of each signing, and the competition among them. */
@ApplicationScoped
public class SigningFactsRepository {

    private final EntityManager entityManager;

    SigningFactsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The facts of these signings that are known, locked for update, by signing id. */
    public Map<UUID, SigningFactsEntity> lockAll(Collection<UUID> signingIds) {
        Map<UUID, SigningFactsEntity> found = new HashMap<>();
        entityManager.createQuery("from SigningFactsEntity where signingId in :ids", SigningFactsEntity.class)
                .setParameter("ids", signingIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(facts -> found.put(facts.signingId, facts));
        return found;
    }

    public Optional<SigningFactsEntity> lock(UUID signingId) {
        return Optional.ofNullable(entityManager.find(SigningFactsEntity.class, signingId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(SigningFactsEntity facts) {
        entityManager.persist(facts);
    }

    /**
     * The signings that are not withdrawn of these 3-digit groups signed between the two days, counted
     * per group, zone, destination and day.
     */
    public CompetitionIndex competition(Collection<String> industryGroups, LocalDate from, LocalDate to,
                                        int windowDays) {
        CompetitionIndex index = new CompetitionIndex(windowDays);
        if (industryGroups.isEmpty()) {
            return index;
        }
        List<?> rows = entityManager.createNativeQuery("select industry_group, destination_zone, destination_region,"
                        + " signed_on, count(*) from signing_facts where industry_group = any (cast(?1 as text[]))"
                        + " and not withdrawn and signed_on between ?2 and ?3"
                        + " group by industry_group, destination_zone, destination_region, signed_on")
                .setParameter(1, industryGroups.toArray(String[]::new))
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            index.add(new CompetitionIndex.Place((String) columns[0], (String) columns[1], (String) columns[2],
                    day(columns[3])), ((Number) columns[4]).intValue());
        }
        return index;
    }

    private static LocalDate day(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }
}
