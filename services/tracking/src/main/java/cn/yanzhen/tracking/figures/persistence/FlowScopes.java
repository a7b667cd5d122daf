package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.FlowLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The flows of one level that carry signings, found among the scopes' project counts. */
@ApplicationScoped
public class FlowScopes {

    private final EntityManager entityManager;

    FlowScopes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The level's scopes with at least one signing not withdrawn, the largest signed investment first. */
    public List<String> withSignings(FlowLevel level) {
        return entityManager.createNativeQuery("select scope from scope_figures where starts_with(scope, :prefix)"
                        + " and signed_count > 0 order by signed_yuan desc, scope", String.class)
                .setParameter("prefix", level.scopePrefix()).getResultList();
    }
}
