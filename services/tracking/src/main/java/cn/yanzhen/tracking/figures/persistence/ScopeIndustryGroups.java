package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.FigureTable;
import cn.yanzhen.tracking.figures.domain.IndustryGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The industry groups each region scope has received signings of (docs/contract.md §4.5.4), read without scanning. */
@ApplicationScoped
public class ScopeIndustryGroups {

    /** Signings per region scope and 3-digit group. */
    public static final FigureTable<String> TABLE = new FigureTable<>(IndustryGroups.KIND, String.class,
            "scope_industry_group", List.of("industry_group"), List.of("signings"), List::<Object>of,
            Comparator.naturalOrder());

    private final EntityManager entityManager;

    ScopeIndustryGroups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The groups of several scopes, each scope's in code order; a scope without any is left out. */
    public Map<String, List<String>> read(List<String> scopes) {
        Map<String, List<String>> groups = new HashMap<>();
        List<?> result = entityManager.createNativeQuery("select scope, industry_group from scope_industry_group"
                + " where scope in (:scopes) order by scope, industry_group").setParameter("scopes", scopes)
                .getResultList();
        for (Object row : result) {
            Object[] columns = (Object[]) row;
            groups.computeIfAbsent((String) columns[0], scope -> new ArrayList<>()).add((String) columns[1]);
        }
        return groups;
    }
}
