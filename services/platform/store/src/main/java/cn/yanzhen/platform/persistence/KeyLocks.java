package cn.yanzhen.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * Locks on keys rather than rows (PostgreSQL advisory locks), held until the transaction ends: two
 * consumers that each may see a key first — a signing and its verdict, a match and a withdrawal — do
 * not each miss the other's uncommitted row. A batch takes its keys' locks in one statement and one
 * order, so two batches never wait on each other in a circle.
 */
@ApplicationScoped
public class KeyLocks {

    private final EntityManager entityManager;

    KeyLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks {@code namespace:key} for every key, waiting for transactions that hold any of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String namespace, Collection<?> keys) {
        if (keys.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("select count(pg_advisory_xact_lock(lock_key)) from (select distinct"
                        + " hashtextextended(?1 || ':' || key, 0) as lock_key from unnest(cast(?2 as text[])) as key"
                        + " order by lock_key) as ordered")
                .setParameter(1, namespace)
                .setParameter(2, keys.stream().map(String::valueOf).toArray(String[]::new))
                .getSingleResult();
    }
}
