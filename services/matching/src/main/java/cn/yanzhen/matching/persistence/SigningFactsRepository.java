package cn.yanzhen.matching.persistence;

import cn.yanzhen.matching.domain.CompetitionIndex;
import cn.yanzhen.platform.persistence.SetStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What matching remembers of each signing, and the competition among them. A consumed batch reads its signings'
 * facts in one locking statement and writes the new ones and the withdrawals in one statement each; the facts it
 * reads are plain objects the persistence context does not manage, so no flush compares or writes them one by one.
 */
@ApplicationScoped
public class SigningFactsRepository {

    private static final String LOCK = "select signing_id, event_code, origin_region, destination_region,"
            + " destination_zone, industry_code, industry_group, signed_on, land_ha, energy_gwh_per_year, jobs, withdrawn,"
            + " park_code from signing_facts where signing_id = any (?::uuid[]) for update";

    private static final String INSERT = "insert into signing_facts (signing_id, event_code, origin_region,"
            + " destination_region, destination_zone, industry_code, industry_group, signed_on, land_ha,"
            + " energy_gwh_per_year, jobs, withdrawn, park_code) select * from unnest(?::uuid[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::float8[], ?::float8[], ?::bigint[],"
            + " ?::boolean[], ?::text[])";

    private static final String WITHDRAW = "update signing_facts set withdrawn = true"
            + " where signing_id = any (?::uuid[])";

    private final EntityManager entityManager;

    SigningFactsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The facts of these signings that are known, their rows locked for update, by signing id. */
    public Map<UUID, SigningFactsEntity> lockAll(Collection<UUID> signingIds) {
        Map<UUID, SigningFactsEntity> found = new HashMap<>();
        SetStatements.read(entityManager, LOCK, signingIds, SigningFactsRepository::read)
                .forEach(facts -> found.put(facts.signingId, facts));
        return found;
    }

    public Optional<SigningFactsEntity> lock(UUID signingId) {
        return Optional.ofNullable(entityManager.find(SigningFactsEntity.class, signingId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /** Inserts the facts of signings just registered, in one statement. */
    public void insertAll(List<SigningFactsEntity> added) {
        SetStatements.write(entityManager, INSERT, added, List.of(facts -> facts.signingId, facts -> facts.eventCode,
                facts -> facts.originRegion, facts -> facts.destinationRegion, facts -> facts.destinationZone,
                facts -> facts.industryCode, facts -> facts.industryGroup, facts -> facts.signedOn,
                facts -> facts.landHa, facts -> facts.energyGwhPerYear, facts -> facts.jobs, facts -> facts.withdrawn,
                facts -> facts.parkCode));
    }

    /** Marks signings known before this batch as withdrawn, in one statement. */
    public void withdrawAll(Collection<UUID> signingIds) {
        SetStatements.write(entityManager, WITHDRAW, signingIds, List.of(id -> id));
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

    private static SigningFactsEntity read(ResultSet row) throws SQLException {
        SigningFactsEntity facts = new SigningFactsEntity();
        facts.signingId = row.getObject("signing_id", UUID.class);
        facts.eventCode = row.getString("event_code");
        facts.originRegion = row.getString("origin_region");
        facts.destinationRegion = row.getString("destination_region");
        facts.destinationZone = row.getString("destination_zone");
        facts.industryCode = row.getString("industry_code");
        facts.industryGroup = row.getString("industry_group");
        facts.signedOn = row.getObject("signed_on", LocalDate.class);
        facts.landHa = row.getDouble("land_ha");
        facts.energyGwhPerYear = row.getDouble("energy_gwh_per_year");
        facts.jobs = row.getLong("jobs");
        facts.withdrawn = row.getBoolean("withdrawn");
        facts.parkCode = row.getString("park_code");
        return facts;
    }

    private static LocalDate day(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }
}
