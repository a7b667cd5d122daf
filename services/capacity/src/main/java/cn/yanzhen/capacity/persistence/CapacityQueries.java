package cn.yanzhen.capacity.persistence;

import cn.yanzhen.capacity.domain.Ledger;
import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.platform.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of profiles and reservations. */
@ApplicationScoped
public class CapacityQueries {

    private static final Amounts NOTHING = new Amounts(0, 0, 0);

    private final EntityManager entityManager;

    CapacityQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ProfileEntity> profile(String regionCode) {
        return Optional.ofNullable(entityManager.find(ProfileEntity.class, regionCode));
    }

    public boolean hasProfile(String regionCode) {
        return profile(regionCode).isPresent();
    }

    public Map<String, ProfileEntity> profiles(Collection<String> regionCodes) {
        return entityManager.createQuery("from ProfileEntity where regionCode in :codes", ProfileEntity.class)
                .setParameter("codes", regionCodes)
                .getResultStream()
                .collect(Collectors.toMap(profile -> profile.regionCode, Function.identity()));
    }

    /** What active reservations hold in the region. */
    public Amounts reserved(String holderRegion) {
        return reserved(List.of(holderRegion)).getOrDefault(holderRegion, NOTHING);
    }

    public Map<String, Amounts> reserved(Collection<String> holderRegions) {
        Map<String, Amounts> totals = new HashMap<>();
        entityManager.createQuery("select r.holderRegion, sum(r.landHa), sum(r.labour), sum(r.energyGwhPerYear)"
                        + " from ReservationEntity r where r.releasedAt is null and r.holderRegion in :codes"
                        + " group by r.holderRegion", Object[].class)
                .setParameter("codes", holderRegions)
                .getResultList()
                .forEach(row -> totals.put((String) row[0], Ledger.reserved(((Number) row[1]).doubleValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).doubleValue())));
        return totals;
    }

    public static Amounts nothing() {
        return NOTHING;
    }

    /** The signings holding capacity in the region, oldest first. */
    public Page<ReservationEntity> activeReservations(String holderRegion, int page, int size) {
        return activeReservationsWhere("holderRegion", holderRegion, page, size);
    }

    /** The signings holding land in the park, oldest first. */
    public Page<ReservationEntity> activeReservationsInPark(String parkCode, int page, int size) {
        return activeReservationsWhere("parkCode", parkCode, page, size);
    }

    private Page<ReservationEntity> activeReservationsWhere(String holder, String code, int page, int size) {
        List<ReservationEntity> items = entityManager.createQuery("from ReservationEntity where " + holder + " = :code"
                        + " and releasedAt is null order by reservedAt, signingId", ReservationEntity.class)
                .setParameter("code", code)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = entityManager.createQuery("select count(r) from ReservationEntity r where r." + holder
                        + " = :code and r.releasedAt is null", Long.class)
                .setParameter("code", code)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }
}
