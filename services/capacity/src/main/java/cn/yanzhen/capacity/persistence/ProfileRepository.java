package cn.yanzhen.capacity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/** Capacity profiles as the use cases change them. */
@ApplicationScoped
public class ProfileRepository {

    private final EntityManager entityManager;

    ProfileRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ProfileEntity> lock(String regionCode) {
        return Optional.ofNullable(entityManager.find(ProfileEntity.class, regionCode, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The profiles of these regions, locked in region-code order (the order every transaction uses). */
    public List<ProfileEntity> lockAll(SortedSet<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from ProfileEntity where regionCode in :codes order by regionCode",
                        ProfileEntity.class)
                .setParameter("codes", regionCodes)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Every region that has a profile. */
    public Set<String> regionsWithProfiles() {
        return new HashSet<>(entityManager.createQuery("select p.regionCode from ProfileEntity p", String.class)
                .getResultList());
    }

    public void add(ProfileEntity profile) {
        entityManager.persist(profile);
    }

    /** Writes pending changes, so that the sums read next include them. */
    public void flush() {
        entityManager.flush();
    }
}
