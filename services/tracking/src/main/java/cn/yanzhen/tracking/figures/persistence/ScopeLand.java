package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.domain.LandTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each scope's land (docs/contract.md §4.5.7): its open projects with land, their land and investment. */
@ApplicationScoped
public class ScopeLand {

    /** Where land is counted: one row per scope. */
    public static final FigureTable<String> TABLE = new FigureTable<>(LandTaken.KIND, String.class, "scope_land",
            List.of(), List.of("projects", "land_m2", "investment_yuan"), key -> List.of(), Comparator.naturalOrder());

    private final EntityManager entityManager;

    ScopeLand(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The projects, m² and yuan of several scopes; a scope without land is left out. */
    public Map<String, long[]> read(List<String> scopes) {
        Map<String, long[]> land = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("select scope, projects, land_m2, investment_yuan"
                + " from scope_land where scope in (:scopes)").setParameter("scopes", scopes).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            land.put((String) columns[0], new long[] {((Number) columns[1]).longValue(),
                    ((Number) columns[2]).longValue(), ((Number) columns[3]).longValue()});
        }
        return land;
    }
}
