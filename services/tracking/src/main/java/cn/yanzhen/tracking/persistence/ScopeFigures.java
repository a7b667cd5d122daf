package cn.yanzhen.tracking.persistence;

import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.domain.Contribution;
import cn.yanzhen.tracking.domain.Rates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of every scope, changed by adding differences and read without scanning projects. */
@ApplicationScoped
public class ScopeFigures {

    private static final String COLUMNS = "signed_count, signed_yuan, withdrawn_count, withdrawn_yuan, commenced_count,"
            + " commenced_yuan, in_production_count, in_production_yuan, cancelled_count, cancelled_yuan,"
            + " completed_yuan, overdue, recommended, acceptable, risky, mismatch";
    private static final String ADD = "insert into scope_figures (scope, " + COLUMNS + ")"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
            + " on conflict (scope) do update set " + String.join(", ", List.of(COLUMNS.split(",\\s*")).stream()
                    .map(column -> column + " = scope_figures." + column + " + excluded." + column).toList());

    private final EntityManager entityManager;

    ScopeFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds a project's change to each of its scopes, in the caller's transaction. */
    void add(List<String> scopes, Contribution change) {
        if (change.isZero()) {
            return;
        }
        for (String scope : scopes) {
            entityManager.createNativeQuery(ADD)
                    .setParameter(1, scope)
                    .setParameter(2, change.signedCount()).setParameter(3, change.signedYuan())
                    .setParameter(4, change.withdrawnCount()).setParameter(5, change.withdrawnYuan())
                    .setParameter(6, change.commencedCount()).setParameter(7, change.commencedYuan())
                    .setParameter(8, change.inProductionCount()).setParameter(9, change.inProductionYuan())
                    .setParameter(10, change.cancelledCount()).setParameter(11, change.cancelledYuan())
                    .setParameter(12, change.completedYuan()).setParameter(13, change.overdue())
                    .setParameter(14, change.recommended()).setParameter(15, change.acceptable())
                    .setParameter(16, change.risky()).setParameter(17, change.mismatch())
                    .executeUpdate();
        }
    }

    /** The figures of a scope; a scope without projects has zeros. */
    public Stats read(String scope) {
        List<?> rows = entityManager.createNativeQuery("select " + COLUMNS + " from scope_figures where scope = ?1")
                .setParameter(1, scope).getResultList();
        long[] v = new long[16];
        if (!rows.isEmpty()) {
            Object[] row = (Object[]) rows.get(0);
            for (int i = 0; i < v.length; i++) {
                v[i] = ((Number) row[i]).longValue();
            }
        }
        Map<String, Long> byVerdict = new LinkedHashMap<>();
        byVerdict.put("RECOMMENDED", v[12]);
        byVerdict.put("ACCEPTABLE", v[13]);
        byVerdict.put("RISKY", v[14]);
        byVerdict.put("MISMATCH", v[15]);
        return new Stats(scope, new Stats.Tally(v[0], v[1]), new Stats.Tally(v[2], v[3]), new Stats.Tally(v[4], v[5]),
                new Stats.Tally(v[6], v[7]), new Stats.Tally(v[8], v[9]), v[10], Rates.share(v[4], v[0]),
                Rates.share(v[10], v[1]), v[11], byVerdict);
    }
}
