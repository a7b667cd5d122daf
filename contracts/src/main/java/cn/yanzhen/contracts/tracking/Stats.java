package cn.yanzhen.contracts.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Payload of {@code yanzhen.stats} and body of tracking's {@code GET /api/stats} (docs/contract.md §4.5). */
public record Stats(
        String scope,
        Tally signed,
        Tally withdrawn,
        Tally commenced,
        Tally inProduction,
        Tally cancelled,
        long completedInvestmentYuan,
        double commencementRate,
        double investmentCompletionRate,
        long overdue,
        Map<String, Long> byVerdict,
        Tally repeats,
        Verified verified,
        Backlog awaitingVerification,
        CycleTimes cycleTimes,
        Energy energy,
        Obstacles obstacles,
        List<PeriodOutcome> outcomes,
        List<OverdueProject> overdueProjects,
        List<String> industryGroups,
        List<PeriodPromise> promises,
        List<PeriodFigures> months,
        KeyProjectFigures keyProjects,
        LandFigures land) {

    public Stats {
        keyProjects = keyProjects == null ? KeyProjectFigures.NONE : keyProjects;
        land = land == null ? LandFigures.NONE : land;
        outcomes = outcomes == null ? PeriodOutcome.NONE : List.copyOf(outcomes);
        promises = promises == null ? PeriodPromise.NONE : List.copyOf(promises);
        months = months == null ? PeriodFigures.NONE : List.copyOf(months);
        overdueProjects = overdueProjects == null ? OverdueProject.NONE : List.copyOf(overdueProjects);
        industryGroups = industryGroups == null ? List.of() : List.copyOf(industryGroups);
    }

    /** A record without the monthly series. */
    public Stats(String scope, Tally signed, Tally withdrawn, Tally commenced, Tally inProduction, Tally cancelled,
                 long completedInvestmentYuan, double commencementRate, double investmentCompletionRate, long overdue,
                 Map<String, Long> byVerdict, Tally repeats, Verified verified, Backlog awaitingVerification,
                 CycleTimes cycleTimes, Energy energy, Obstacles obstacles, List<PeriodOutcome> outcomes,
                 List<OverdueProject> overdueProjects, List<String> industryGroups, List<PeriodPromise> promises) {
        this(scope, signed, withdrawn, commenced, inProduction, cancelled, completedInvestmentYuan, commencementRate,
                investmentCompletionRate, overdue, byVerdict, repeats, verified, awaitingVerification, cycleTimes, energy,
                obstacles, outcomes, overdueProjects, industryGroups, promises, PeriodFigures.NONE, KeyProjectFigures.NONE,
                LandFigures.NONE);
    }

    /** A record without the promise figures. */
    public Stats(String scope, Tally signed, Tally withdrawn, Tally commenced, Tally inProduction, Tally cancelled,
                 long completedInvestmentYuan, double commencementRate, double investmentCompletionRate, long overdue,
                 Map<String, Long> byVerdict, Tally repeats, Verified verified, Backlog awaitingVerification,
                 CycleTimes cycleTimes, Energy energy, Obstacles obstacles, List<PeriodOutcome> outcomes,
                 List<OverdueProject> overdueProjects, List<String> industryGroups) {
        this(scope, signed, withdrawn, commenced, inProduction, cancelled, completedInvestmentYuan, commencementRate,
                investmentCompletionRate, overdue, byVerdict, repeats, verified, awaitingVerification, cycleTimes, energy,
                obstacles, outcomes, overdueProjects, industryGroups, PeriodPromise.NONE);
    }

    /**
     * Output and tax against what the signings promised at full production, for one period (docs/contract.md §4.5.3):
     * over the projects that reported the period and whose promise it is held to (it begins on or after the promised
     * date), how many, the output and tax promised for the period (a quarter a quarter of the annual promise), what
     * they reported, and the share of the promise kept (0 when nothing was promised). Most recent first.
     */
    public record PeriodPromise(String period, long projects, long promisedOutputYuan, long outputAgainstPromised,
                                double outputShareOfPromised, long promisedTaxYuan, long taxAgainstPromised,
                                double taxShareOfPromised) {

        public static final List<PeriodPromise> NONE = List.of();
    }

    /** A record without the lists only events and regions have. */
    public Stats(String scope, Tally signed, Tally withdrawn, Tally commenced, Tally inProduction, Tally cancelled,
                 long completedInvestmentYuan, double commencementRate, double investmentCompletionRate, long overdue,
                 Map<String, Long> byVerdict, Tally repeats, Verified verified, Backlog awaitingVerification,
                 CycleTimes cycleTimes, Energy energy, Obstacles obstacles, List<PeriodOutcome> outcomes) {
        this(scope, signed, withdrawn, commenced, inProduction, cancelled, completedInvestmentYuan, commencementRate,
                investmentCompletionRate, overdue, byVerdict, repeats, verified, awaitingVerification, cycleTimes, energy,
                obstacles, outcomes, OverdueProject.NONE, List.of());
    }

    public record Tally(long count, long investmentYuan) {
    }

    /** The figures again, counting only what a verifier has confirmed (docs/contract.md §4.5). */
    public record Verified(Tally commenced, Tally inProduction, long completedInvestmentYuan, double commencementRate,
                           double investmentCompletionRate) {

        public static final Verified NONE = new Verified(new Tally(0, 0), new Tally(0, 0), 0, 0, 0);
    }

    /** Reports that await a verifier: how many, and when the oldest of them was reported (null when none). */
    public record Backlog(long count, Instant oldestReportedAt) {

        public static final Backlog NONE = new Backlog(0, null);
    }

    /**
     * Days from signing to commencement, commencement to production and production to design capacity (达产), and how
     * many wait for each step since when (docs/contract.md §4.5.1): nearest-rank median and p90, null when no project
     * took the step; {@code designCapacityRate} is the share of projects in production that reached design capacity.
     */
    public record CycleTimes(Step signingToCommencement, Step commencementToProduction, Waiting awaitingCommencement,
                             Waiting awaitingProduction, Step productionToDesignCapacity, Double designCapacityRate) {

        public static final CycleTimes NONE = new CycleTimes(Step.NONE, Step.NONE, Waiting.NONE, Waiting.NONE);

        /** Cycle times without the step to design capacity. */
        public CycleTimes(Step signingToCommencement, Step commencementToProduction, Waiting awaitingCommencement,
                          Waiting awaitingProduction) {
            this(signingToCommencement, commencementToProduction, awaitingCommencement, awaitingProduction, Step.NONE,
                    0.0);
        }

        /** These cycle times with the share of the {@code inProduction} projects that reached design capacity. */
        public CycleTimes withDesignCapacityRate(double rate) {
            return new CycleTimes(signingToCommencement, commencementToProduction, awaitingCommencement,
                    awaitingProduction, productionToDesignCapacity, rate);
        }
    }

    public record Step(long projects, Integer medianDays, Integer p90Days) {

        public static final Step NONE = new Step(0, null, null);
    }

    /** Open projects that have not taken the step: how many, and the date the oldest has waited since (null: none). */
    public record Waiting(long count, LocalDate oldestSince) {

        public static final Waiting NONE = new Waiting(0, null);
    }

    /**
     * The annual electricity demand of the scope's commenced projects and its CO₂ at the destination's and at the
     * investor's origin province's factor (docs/contract.md §4.5.2): exact decimals.
     */
    public record Energy(BigDecimal demandGwhPerYear, BigDecimal co2AtDestinationTonnes, BigDecimal co2AtOriginTonnes,
                         BigDecimal co2ChangeTonnes, double greenPowerShare, BigDecimal withoutGreenPowerProfileGwh) {

        public static final Energy NONE = new Energy(new BigDecimal("0.000"), new BigDecimal("0.0000"),
                new BigDecimal("0.0000"), new BigDecimal("0.0000"), 0, new BigDecimal("0.000"));
    }

    /**
     * The scope's obstacle ledger (docs/contract.md §4.7): the obstacles still unresolved (OPEN or IN_PROGRESS), in all
     * and per category, each with the date the oldest has been open since; how many were resolved and the median days
     * it took (nearest rank, null when none); how many were withdrawn.
     */
    public record Obstacles(Waiting open, Map<String, Waiting> openByCategory, long resolved,
                            Integer medianDaysToResolve, long withdrawn) {

        public static final Obstacles NONE = new Obstacles(Waiting.NONE, everyCategory(category -> Waiting.NONE), 0,
                null, 0);

        /** A value for every category, in the order the contract lists them. */
        public static Map<String, Waiting> everyCategory(Function<String, Waiting> valueOf) {
            return Arrays.stream(Obstacle.Category.values()).map(Enum::name).collect(Collectors.toMap(
                    Function.identity(), valueOf, (one, other) -> one, LinkedHashMap::new));
        }
    }

    /**
     * What the scope's projects in production reported for one period, a year ("2025") or a quarter ("2025-Q3")
     * (docs/contract.md §4.5.3): how many reported, the people they employed at the period's end, their output value
     * and tax paid; and, over those whose signing stated {@code expectedJobs}, the jobs promised, the jobs they
     * reported and the share of the promise kept. Rows come most recent first.
     */
    public record PeriodOutcome(String period, long projects, long jobs, long outputValueYuan, long taxPaidYuan,
                                long projectsWithExpectedJobs, long expectedJobs, long jobsAgainstExpected,
                                double jobsShareOfExpected) {

        public static final List<PeriodOutcome> NONE = List.of();
    }

    /**
     * One of an event's projects counted in its {@code overdue} (docs/contract.md §4.5.4), in the order they were
     * registered; an event's record lists at most {@link #LISTED} of them ({@code overdue} still counts all).
     */
    public record OverdueProject(UUID signingId, String projectName, String investor, String destinationRegion,
                                 long investmentYuan, LocalDate signedOn, LocalDate plannedCommencement) {

        public static final int LISTED = 500;
        public static final List<OverdueProject> NONE = List.of();
    }
}
