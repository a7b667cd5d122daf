package cn.yanzhen.dashboard;

import cn.yanzhen.contracts.tracking.KeyProjectFigures;
import cn.yanzhen.contracts.tracking.LandFigures;
import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.contracts.tracking.Stats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records of yanzhen.stats as tracking publishes them, with the figures a test sets and zeros elsewhere. */
public final class StatsRecords {

    private static final Stats.Tally NONE = new Stats.Tally(0, 0);

    private final String scope;
    private Stats.Tally signed = NONE;
    private Stats.Tally commenced = NONE;
    private Stats.Tally inProduction = NONE;
    private long completedYuan;
    private double commencementRate;
    private long overdue;
    private final Map<String, Long> byVerdict = new LinkedHashMap<>(
            Map.of("RECOMMENDED", 0L, "ACCEPTABLE", 0L, "RISKY", 0L, "MISMATCH", 0L));
    private List<Stats.OverdueProject> overdueProjects = List.of();
    private List<String> industryGroups = List.of();
    private Stats.Energy energy = Stats.Energy.NONE;
    private List<PeriodFigures> months = List.of();
    private LandFigures land;

    private StatsRecords(String scope) {
        this.scope = scope;
    }

    public static StatsRecords scope(String scope) {
        return new StatsRecords(scope);
    }

    public StatsRecords signed(long count, long yuan) {
        signed = new Stats.Tally(count, yuan);
        return this;
    }

    public StatsRecords commenced(long count, long yuan, double rate) {
        commenced = new Stats.Tally(count, yuan);
        commencementRate = rate;
        return this;
    }

    public StatsRecords inProduction(long count, long yuan) {
        inProduction = new Stats.Tally(count, yuan);
        return this;
    }

    public StatsRecords completed(long yuan) {
        completedYuan = yuan;
        return this;
    }

    public StatsRecords verdict(String verdict, long count) {
        byVerdict.put(verdict, count);
        return this;
    }

    public StatsRecords overdue(Stats.OverdueProject... projects) {
        overdueProjects = List.of(projects);
        overdue = projects.length;
        return this;
    }

    public StatsRecords overdueCount(long count) {
        overdue = count;
        return this;
    }

    public StatsRecords industryGroups(String... groups) {
        industryGroups = List.of(groups);
        return this;
    }

    /** Commenced demand in MWh at the destination's and the origin's factor (tCO₂ per MWh), as tracking computes it. */
    public StatsRecords energy(long mwh, String destinationFactor, String originFactor) {
        BigDecimal atDestination = new BigDecimal(destinationFactor).multiply(BigDecimal.valueOf(mwh));
        BigDecimal atOrigin = new BigDecimal(originFactor).multiply(BigDecimal.valueOf(mwh));
        energy = new Stats.Energy(BigDecimal.valueOf(mwh, 3), atDestination, atOrigin, atDestination.subtract(atOrigin),
                0, BigDecimal.ZERO);
        return this;
    }

    /** The monthly series, oldest first. */
    public StatsRecords months(PeriodFigures... series) {
        months = List.of(series);
        return this;
    }

    /** The land the scope's projects took (m², as tracking keeps it) and its yield per period, most recent first. */
    public StatsRecords land(long projects, long squareMetres, long investmentYuan, LandFigures.PeriodYield... periods) {
        land = LandFigures.of(projects, squareMetres, investmentYuan, List.of(periods));
        return this;
    }

    public Stats build() {
        return new Stats(scope, signed, NONE, commenced, inProduction, NONE, completedYuan, commencementRate, 0,
                overdue, byVerdict, NONE, Stats.Verified.NONE, Stats.Backlog.NONE, Stats.CycleTimes.NONE,
                energy, Stats.Obstacles.NONE, Stats.PeriodOutcome.NONE, overdueProjects, industryGroups,
                Stats.PeriodPromise.NONE, months, KeyProjectFigures.NONE, land);
    }

    public static Stats.Tally tally(long count, long yuan) {
        return new Stats.Tally(count, yuan);
    }

    /** An overdue project of an event's list, signed on 2025-07-20 for commencement half a year on. */
    public static Stats.OverdueProject overdueProject(String name, String destination, long yuan) {
        LocalDate signedOn = LocalDate.of(2025, 7, 20);
        return new Stats.OverdueProject(UUID.randomUUID(), name, "佛山市宏达有限公司", destination, yuan, signedOn,
                signedOn.plusMonths(6));
    }
}
