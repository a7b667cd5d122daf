package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.Contribution;
import cn.yanzhen.tracking.figures.domain.CycleMeasure;
import cn.yanzhen.tracking.figures.domain.CycleTimesFigures;
import cn.yanzhen.tracking.figures.domain.EnergyFigures;
import cn.yanzhen.tracking.figures.domain.EnergyUse;
import cn.yanzhen.tracking.figures.domain.Histogram;
import cn.yanzhen.tracking.obstacles.domain.ObstacleFigures;
import cn.yanzhen.tracking.obstacles.domain.ObstacleMark;
import cn.yanzhen.tracking.figures.domain.Rates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import cn.yanzhen.tracking.verification.persistence.VerificationBacklog;
import cn.yanzhen.tracking.outcomes.persistence.ScopeOutcomes;
import cn.yanzhen.tracking.obstacles.persistence.ScopeObstacles;

/** The figures of every scope, changed by adding differences and read without scanning projects. */
@ApplicationScoped
public class ScopeFigures {

    private static final String COLUMNS = "signed_count, signed_yuan, withdrawn_count, withdrawn_yuan, commenced_count,"
            + " commenced_yuan, in_production_count, in_production_yuan, cancelled_count, cancelled_yuan,"
            + " completed_yuan, overdue, recommended, acceptable, risky, mismatch, repeats_count, repeats_yuan,"
            + " verified_commenced_count, verified_commenced_yuan, verified_in_production_count,"
            + " verified_in_production_yuan, verified_completed_yuan";
    private static final String ON_CONFLICT = " on conflict (scope) do update set "
            + String.join(", ", List.of(COLUMNS.split(",\\s*")).stream()
                    .map(column -> column + " = scope_figures." + column + " + excluded." + column).toList());

    private static final int FIELDS = Contribution.FIELDS;

    private final EntityManager entityManager;
    private final VerificationBacklog backlog;
    private final ScopeCycles cycles;
    private final ScopeEnergy energy;
    private final GreenPowerShares greenPower;
    private final EnergyFigures energyFigures;
    private final ScopeObstacles obstacles;
    private final ScopeOutcomes outcomes;

    ScopeFigures(EntityManager entityManager, VerificationBacklog backlog, ScopeCycles cycles, ScopeEnergy energy,
                 GreenPowerShares greenPower, EnergyFigures energyFigures, ScopeObstacles obstacles,
                 ScopeOutcomes outcomes) {
        this.entityManager = entityManager;
        this.backlog = backlog;
        this.cycles = cycles;
        this.energy = energy;
        this.greenPower = greenPower;
        this.energyFigures = energyFigures;
        this.obstacles = obstacles;
        this.outcomes = outcomes;
    }

    /**
     * Adds each scope's change, in one statement of the caller's transaction. The rows are written (and
     * locked) in the order given, which {@link cn.yanzhen.tracking.figures.domain.FigureChanges} keeps sorted.
     */
    public void add(SortedMap<String, Contribution> changes) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into scope_figures (scope, " + COLUMNS + ") values ");
        List<Object> parameters = new ArrayList<>();
        for (Map.Entry<String, Contribution> change : changes.entrySet()) {
            sql.append(parameters.isEmpty() ? "" : ", ").append("(?");
            parameters.add(change.getKey());
            for (long value : change.getValue().values()) {
                sql.append(", ?");
                parameters.add(value);
            }
            sql.append(")");
        }
        var insert = entityManager.createNativeQuery(sql + ON_CONFLICT);
        for (int i = 0; i < parameters.size(); i++) {
            insert.setParameter(i + 1, parameters.get(i));
        }
        insert.executeUpdate();
    }

    /** The figures of several scopes, read at once. */
    public List<Stats> read(List<String> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        Map<String, long[]> rows = new HashMap<>();
        List<?> result = entityManager.createNativeQuery("select scope, " + COLUMNS
                + " from scope_figures where scope in (:scopes)").setParameter("scopes", scopes).getResultList();
        for (Object row : result) {
            Object[] columns = (Object[]) row;
            long[] values = new long[FIELDS];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Number) columns[i + 1]).longValue();
            }
            rows.put((String) columns[0], values);
        }
        Map<String, Stats.Backlog> backlogs = backlog.of(scopes);
        Map<String, Map<CycleMeasure, Histogram>> histograms = cycles.read(scopes);
        Map<String, Map<EnergyUse, Long>> demand = energy.read(scopes);
        Map<String, Double> greenShares = demand.isEmpty() ? Map.of() : greenPower.all();
        Map<String, Map<ObstacleMark, Long>> ledger = obstacles.read(scopes);
        Map<String, List<Stats.PeriodOutcome>> periods = outcomes.read(scopes);
        return scopes.stream()
                .map(scope -> stats(scope, rows.getOrDefault(scope, new long[FIELDS]), backlogs.get(scope),
                        CycleTimesFigures.of(histograms.getOrDefault(scope, Map.of())),
                        energyFigures.of(demand.getOrDefault(scope, Map.of()), greenShares),
                        ObstacleFigures.of(ledger.getOrDefault(scope, Map.of())),
                        periods.getOrDefault(scope, Stats.PeriodOutcome.NONE)))
                .toList();
    }

    /** The figures of a scope; a scope without projects has zeros. */
    public Stats read(String scope) {
        return read(List.of(scope)).get(0);
    }

    private static Stats stats(String scope, long[] v, Stats.Backlog backlog, Stats.CycleTimes cycleTimes,
                               Stats.Energy energy, Stats.Obstacles obstacles, List<Stats.PeriodOutcome> outcomes) {
        Map<String, Long> byVerdict = new LinkedHashMap<>();
        byVerdict.put("RECOMMENDED", v[12]);
        byVerdict.put("ACCEPTABLE", v[13]);
        byVerdict.put("RISKY", v[14]);
        byVerdict.put("MISMATCH", v[15]);
        return new Stats(scope, new Stats.Tally(v[0], v[1]), new Stats.Tally(v[2], v[3]), new Stats.Tally(v[4], v[5]),
                new Stats.Tally(v[6], v[7]), new Stats.Tally(v[8], v[9]), v[10], Rates.share(v[4], v[0]),
                Rates.share(v[10], v[1]), v[11], byVerdict, new Stats.Tally(v[16], v[17]),
                new Stats.Verified(new Stats.Tally(v[18], v[19]), new Stats.Tally(v[20], v[21]), v[22],
                        Rates.share(v[18], v[0]), Rates.share(v[22], v[1])), backlog, cycleTimes, energy, obstacles,
                outcomes);
    }
}
