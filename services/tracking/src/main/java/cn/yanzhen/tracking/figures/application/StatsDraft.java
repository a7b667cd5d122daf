package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.tracking.KeyProjectFigures;
import cn.yanzhen.contracts.tracking.LandFigures;
import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.tracking.figures.domain.Rates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scope's record while the slices read their parts into it; a part no slice gave stays empty. A new kind of figure
 * in the record is a new part here, filled by the slice that keeps it.
 */
public final class StatsDraft {

    private Stats.Backlog backlog = Stats.Backlog.NONE;
    private Stats.CycleTimes cycleTimes = Stats.CycleTimes.NONE;
    private Stats.Energy energy = Stats.Energy.NONE;
    private Stats.Obstacles obstacles = Stats.Obstacles.NONE;
    private List<Stats.PeriodOutcome> outcomes = Stats.PeriodOutcome.NONE;
    private List<Stats.OverdueProject> overdueProjects = Stats.OverdueProject.NONE;
    private List<String> industryGroups = List.of();
    private List<Stats.PeriodPromise> promises = Stats.PeriodPromise.NONE;
    private List<PeriodFigures> months = PeriodFigures.NONE;
    private KeyProjectFigures keyProjects = KeyProjectFigures.NONE;
    private long[] landTaken = new long[3];
    private List<LandFigures.PeriodYield> landYields = List.of();

    public void backlog(Stats.Backlog backlog) {
        this.backlog = backlog;
    }

    public void cycleTimes(Stats.CycleTimes cycleTimes) {
        this.cycleTimes = cycleTimes;
    }

    public void energy(Stats.Energy energy) {
        this.energy = energy;
    }

    public void obstacles(Stats.Obstacles obstacles) {
        this.obstacles = obstacles;
    }

    public void outcomes(List<Stats.PeriodOutcome> outcomes) {
        this.outcomes = outcomes;
    }

    public void overdueProjects(List<Stats.OverdueProject> overdueProjects) {
        this.overdueProjects = overdueProjects;
    }

    public void industryGroups(List<String> industryGroups) {
        this.industryGroups = industryGroups;
    }

    public void promises(List<Stats.PeriodPromise> promises) {
        this.promises = promises;
    }

    public void months(List<PeriodFigures> months) {
        this.months = months;
    }

    public void keyProjects(KeyProjectFigures keyProjects) {
        this.keyProjects = keyProjects;
    }

    /** The open projects with land, their land in m² and their signed investment. */
    public void landTaken(long projects, long squareMetres, long investmentYuan) {
        this.landTaken = new long[] {projects, squareMetres, investmentYuan};
    }

    public void landYields(List<LandFigures.PeriodYield> landYields) {
        this.landYields = landYields;
    }

    /** The cycle times with the share of the scope's {@code inProduction} projects that reached design capacity. */
    private Stats.CycleTimes withDesignCapacityRate(long inProduction) {
        return cycleTimes.withDesignCapacityRate(Rates.share(cycleTimes.productionToDesignCapacity().projects(),
                inProduction));
    }

    /** The record of {@code scope} whose project counts ({@code Contribution}'s values) are {@code v}. */
    Stats toStats(String scope, long[] v) {
        Map<String, Long> byVerdict = new LinkedHashMap<>();
        byVerdict.put("RECOMMENDED", v[12]);
        byVerdict.put("ACCEPTABLE", v[13]);
        byVerdict.put("RISKY", v[14]);
        byVerdict.put("MISMATCH", v[15]);
        return new Stats(scope, new Stats.Tally(v[0], v[1]), new Stats.Tally(v[2], v[3]), new Stats.Tally(v[4], v[5]),
                new Stats.Tally(v[6], v[7]), new Stats.Tally(v[8], v[9]), v[10], Rates.share(v[4], v[0]),
                Rates.share(v[10], v[1]), v[11], byVerdict, new Stats.Tally(v[16], v[17]),
                new Stats.Verified(new Stats.Tally(v[18], v[19]), new Stats.Tally(v[20], v[21]), v[22],
                        Rates.share(v[18], v[0]), Rates.share(v[22], v[1])), backlog, withDesignCapacityRate(v[6]),
                energy, obstacles,
                outcomes, overdueProjects, industryGroups, promises, months, keyProjects,
                LandFigures.of(landTaken[0], landTaken[1], landTaken[2], landYields));
    }
}
