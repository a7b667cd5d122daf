package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.EnergyUse;
import cn.yanzhen.tracking.figures.domain.FigureTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each scope's electricity demand in MWh per destination and origin region (docs/contract.md §4.5.2). */
@ApplicationScoped
public class ScopeEnergy {

    private static final Comparator<EnergyUse> ORDER = Comparator.comparing(EnergyUse::destinationRegion)
            .thenComparing(EnergyUse::originRegion);

    /** Where energy uses are counted: MWh per scope, destination and origin. */
    public static final FigureTable<EnergyUse> TABLE = new FigureTable<>(EnergyUse.KIND, EnergyUse.class,
            "scope_energy", List.of("destination_region", "origin_region"), List.of("mwh"),
            use -> List.of(use.destinationRegion(), use.originRegion()), ORDER);

    private final EntityManager entityManager;

    ScopeEnergy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The demand of several scopes; a scope without any is left out. */
    public Map<String, Map<EnergyUse, Long>> read(List<String> scopes) {
        Map<String, Map<EnergyUse, Long>> demand = new HashMap<>();
        List<?> result = entityManager.createNativeQuery("select scope, destination_region, origin_region, mwh"
                + " from scope_energy where scope in (:scopes)").setParameter("scopes", scopes).getResultList();
        for (Object row : result) {
            Object[] columns = (Object[]) row;
            demand.computeIfAbsent((String) columns[0], scope -> new HashMap<>())
                    .put(new EnergyUse((String) columns[1], (String) columns[2]), ((Number) columns[3]).longValue());
        }
        return demand;
    }

    /** The destinations that have demand in some scope. */
    public List<String> destinations() {
        return entityManager.createNativeQuery("select distinct destination_region from scope_energy", String.class)
                .getResultList();
    }

    /** The scopes with demand in any of these destinations. */
    public List<String> scopesOf(Collection<String> destinations) {
        if (destinations.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("select distinct scope from scope_energy"
                + " where destination_region in (:destinations)", String.class)
                .setParameter("destinations", destinations).getResultList();
    }
}
