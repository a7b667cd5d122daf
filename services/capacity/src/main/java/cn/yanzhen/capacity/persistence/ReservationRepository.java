package cn.yanzhen.capacity.persistence;

import cn.yanzhen.platform.persistence.SetStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reservations and the withdrawn signings that may hold none, as the consumed events change them. A batch reads its
 * signings' reservations in one locking statement and writes the new and the changed ones in one statement each;
 * the reservations it reads are plain objects the persistence context does not manage, so no flush compares or
 * writes them one by one.
 */
@ApplicationScoped
public class ReservationRepository {

    private static final String COLUMNS = "signing_id, holder_region, destination_region, event_code, land_ha, labour,"
            + " energy_gwh_per_year, match_event_id, reserved_at, released_at, park_code";
    private static final String ARRAYS = "?::uuid[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::bigint[],"
            + " ?::float8[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[]";
    private static final String LOCK = "select " + COLUMNS + " from reservation where signing_id = any (?::uuid[])"
            + " for update";
    private static final String INSERT = "insert into reservation (" + COLUMNS + ") select * from unnest(" + ARRAYS
            + ")";
    private static final String UPDATE = "update reservation r set holder_region = u.holder_region,"
            + " destination_region = u.destination_region, event_code = u.event_code, land_ha = u.land_ha,"
            + " labour = u.labour, energy_gwh_per_year = u.energy_gwh_per_year, match_event_id = u.match_event_id,"
            + " reserved_at = u.reserved_at, released_at = u.released_at, park_code = u.park_code"
            + " from unnest(" + ARRAYS + ") as u (" + COLUMNS + ") where r.signing_id = u.signing_id";
    private static final List<Function<ReservationEntity, Object>> VALUES = List.of(
            reservation -> reservation.signingId, reservation -> reservation.holderRegion,
            reservation -> reservation.destinationRegion, reservation -> reservation.eventCode,
            reservation -> reservation.landHa, reservation -> reservation.labour,
            reservation -> reservation.energyGwhPerYear, reservation -> reservation.matchEventId,
            reservation -> reservation.reservedAt, reservation -> reservation.releasedAt,
            reservation -> reservation.parkCode);

    private final EntityManager entityManager;

    ReservationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The reservations of these signings that exist, their rows locked for update, by signing id. */
    public Map<UUID, ReservationEntity> lockAll(Collection<UUID> signingIds) {
        Map<UUID, ReservationEntity> found = new HashMap<>();
        SetStatements.read(entityManager, LOCK, signingIds, ReservationRepository::read)
                .forEach(reservation -> found.put(reservation.signingId, reservation));
        return found;
    }

    /** Inserts new reservations, in one statement. */
    public void insertAll(Collection<ReservationEntity> added) {
        SetStatements.write(entityManager, INSERT, added, VALUES);
    }

    /** Writes every column of reservations that exist, in one statement. */
    public void updateAll(Collection<ReservationEntity> changed) {
        SetStatements.write(entityManager, UPDATE, changed, VALUES);
    }

    /** Those of these signings that were withdrawn. */
    public Set<UUID> withdrawnAmong(Collection<UUID> signingIds) {
        return new HashSet<>(entityManager.createQuery("select w.signingId from WithdrawnSigningEntity w"
                        + " where w.signingId in :ids", UUID.class)
                .setParameter("ids", signingIds)
                .getResultList());
    }

    private static ReservationEntity read(ResultSet row) throws SQLException {
        ReservationEntity reservation = new ReservationEntity();
        reservation.signingId = row.getObject("signing_id", UUID.class);
        reservation.holderRegion = row.getString("holder_region");
        reservation.destinationRegion = row.getString("destination_region");
        reservation.eventCode = row.getString("event_code");
        reservation.landHa = row.getDouble("land_ha");
        reservation.labour = row.getLong("labour");
        reservation.energyGwhPerYear = row.getDouble("energy_gwh_per_year");
        reservation.matchEventId = row.getString("match_event_id");
        reservation.reservedAt = row.getTimestamp("reserved_at").toInstant();
        Timestamp released = row.getTimestamp("released_at");
        reservation.releasedAt = released == null ? null : released.toInstant();
        reservation.parkCode = row.getString("park_code");
        return reservation;
    }

    public void addWithdrawn(UUID signingId, Instant withdrawnAt) {
        WithdrawnSigningEntity withdrawn = new WithdrawnSigningEntity();
        withdrawn.signingId = signingId;
        withdrawn.withdrawnAt = withdrawnAt;
        entityManager.persist(withdrawn);
    }
}
