package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.stack.demo.DemoCapacity;
import cn.yanzhen.stack.demo.DemoLoader;
import cn.yanzhen.stack.demo.DemoObstacles;
import cn.yanzhen.stack.demo.DemoVerification;
import cn.yanzhen.stack.demo.EarlierEvent;
import cn.yanzhen.stack.demo.GuangxiDemo;
import cn.yanzhen.stack.demo.GuangxiStory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The whole system as separate processes plays the demo's Guangxi-like event (296 signings, 217.3 billion
 * yuan): capacity profiles, signings, a withdrawal, commencements, investment reports (some corrected),
 * production and cancellations, outcomes after production. The event's figures, cycle times, energy and outcomes
 * included, from the API and from the last yanzhen.stats record, must equal what this test computes from what was
 * sent.
 */
class GuangxiEventIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String SCOPE = "event:" + GuangxiDemo.EVENT_CODE;
    private static final DemoLoader DEMO = new DemoLoader(Tokens.minter());

    @Test
    void theFiguresOfTheEventEqualWhatWasReported() throws Exception {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        // the approval watch off: the demo's key project keeps its past-due approval open, not yet found late
        try (RunningServices services = RunningServices.start(Map.of("yanzhen.tracking.deadline-scan-every", "off",
                        "yanzhen.tracking.approval-scan-every", "off"),
                "intake", "capacity", "matching", "tracking");
             TopicReader stats = new TopicReader(kafka, Topics.STATS.name())) {
            Map<TopicPartition, Long> mark = stats.mark();

            DEMO.load(services.url("intake"), services.url("capacity"), services.url("matching"),
                    services.url("tracking"), kafka);

            JsonNode expected = expectedFigures(services);
            await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(sameFigures(withoutBacklogAge(figures(services)), expected))
                            .as("figures %s, expected %s", figures(services), expected).isTrue());
            JsonNode figures = figures(services);
            assertThat(figures.at("/awaitingVerification/oldestReportedAt").isTextual()).isTrue();
            List<GuangxiStory.Project> projects = DEMO.signings(services.url("intake"));
            ExpectedMonths.signedAsSent(figures.get("months"), projects,
                    GuangxiStory.of(projects, LocalDate.now(ZoneId.of("Asia/Shanghai"))).withdrawnSigningId());
            ExpectedMonths.addUpToAllTime(figures);
            List<ConsumerRecord<String, String>> published = stats.readToEnd(mark).stream()
                    .filter(record -> SCOPE.equals(record.key())).toList();
            JsonNode last = EventPublisher.JSON.readTree(published.get(published.size() - 1).value());
            assertThat(ContractValidator.violations(EventTypes.STATS, last)).isEmpty();
            assertThat(sameFigures(withoutBacklogAge(last), expected)).as("last %s record %s", SCOPE, last).isTrue();
        }
    }

    /** The figures from what was sent: the demo's signings, its story of reports, and matching's verdicts. */
    private static JsonNode expectedFigures(RunningServices services) throws Exception {
        List<GuangxiStory.Project> projects = DEMO.signings(services.url("intake"));
        GuangxiStory.Story story = GuangxiStory.of(projects, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        Map<String, Long> signed = new HashMap<>();
        projects.forEach(project -> signed.put(project.signingId(), project.investmentYuan()));
        long withdrawnYuan = signed.remove(story.withdrawnSigningId());

        Set<String> commenced = new HashSet<>();
        Set<String> producing = new HashSet<>();
        Set<String> cancelled = new HashSet<>();
        Map<String, Long> cumulative = new HashMap<>();
        List<GuangxiStory.Step> steps = new ArrayList<>(story.reports());
        // the repeat follows its project's first signing, whose reports the demo sends on that one
        GuangxiStory.Project repeat = projects.stream().filter(project -> project.repeatOf() != null).findFirst()
                .orElseThrow();
        EarlierEvent.reports(EarlierEvent.earlierYuan(repeat.investmentYuan())).forEach(report -> steps.add(new GuangxiStory.Step(repeat.signingId(), report)));
        for (GuangxiStory.Step step : steps) {
            switch (step.report().get("type").asText()) {
                case "COMMENCED" -> commenced.add(step.signingId());
                case "IN_PRODUCTION" -> producing.add(step.signingId());
                case "CANCELLED" -> cancelled.add(step.signingId());
                default -> cumulative.put(step.signingId(), step.report().get("cumulativeYuan").asLong());
            }
        }
        long signedYuan = sum(signed, signed.keySet());
        long completed = cumulative.values().stream().mapToLong(Long::longValue).sum();
        assertThat(projects).hasSize(GuangxiDemo.SIGNINGS);
        assertThat(signedYuan + withdrawnYuan).isEqualTo(GuangxiDemo.TOTAL_YUAN);

        ObjectNode figures = EventPublisher.JSON.createObjectNode().put("scope", SCOPE);
        tally(figures, "signed", signed.size(), signedYuan);
        tally(figures, "withdrawn", 1, withdrawnYuan);
        tally(figures, "commenced", commenced.size(), sum(signed, commenced));
        tally(figures, "inProduction", producing.size(), sum(signed, producing));
        tally(figures, "cancelled", cancelled.size(), sum(signed, cancelled));
        figures.put("completedInvestmentYuan", completed)
                .put("commencementRate", rate(commenced.size(), signed.size()))
                .put("investmentCompletionRate", rate(completed, signedYuan))
                .put("overdue", 0);
        // the event's record lists its overdue projects, none here; only a region's lists the industries it received
        figures.putArray("overdueProjects");
        figures.putArray("industryGroups");
        tally(figures, "repeats", 0, 0);
        ObjectNode byVerdict = figures.putObject("byVerdict");
        List.of("RECOMMENDED", "ACCEPTABLE", "RISKY", "MISMATCH").forEach(verdict -> byVerdict.put(verdict, 0));
        JsonNode matches = EventPublisher.JSON.readTree(asAdmin().baseUri(services.url("matching"))
                .get("/api/matches?event=" + GuangxiDemo.EVENT_CODE + "&size=500").asString());
        GuangxiStory.Step rejected = rejectedCommencement(projects, steps);
        verified(figures, projects, steps, repeat, signed, rejected.signingId());
        JsonNode signings = EventPublisher.JSON.readTree(asAdmin().baseUri(services.url("intake"))
                .get("/api/events/" + GuangxiDemo.EVENT_CODE + "/signings?size=500").asString()).get("items");
        LocalDate corrected = DemoVerification.correctedOn(rejected.report(), LocalDate.now(ZoneId.of("Asia/Shanghai")));
        ExpectedCycleAndEnergy.add(figures, projects, signed.keySet(), steps, repeat,
                Map.of(rejected.signingId(), corrected), signings);
        ExpectedObstacles.add(figures, DemoObstacles.ledger(projects, story, LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        // DemoKeyProjects: one key project, its land granted, its environmental assessment and permit still open
        figures.putObject("keyProjects").put("projects", 1).put("approvalsGranted", 1).put("approvalsOpen", 2)
                .put("approvalsLate", 0);
        ExpectedOutcomes.add(figures, projects, story, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        Set<String> open = new HashSet<>(signed.keySet());
        open.removeAll(cancelled);
        ExpectedLand.add(figures, projects, open, story, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        designCapacity(figures, projects, story, producing.size());
        matches.get("items").forEach(match -> {
            if (signed.containsKey(match.get("signingId").asText())) {
                String verdict = match.get("verdict").asText();
                byVerdict.put(verdict, byVerdict.get(verdict).asLong() + 1);
            }
        });
        return figures;
    }

    /**
     * The verified column and the backlog from what the demo's verifier did: every report of a Nanning or
     * Liuzhou project verified, except the first commencement it met (the oldest in Nanning's backlog, else
     * Liuzhou's), rejected and answered by a corrected report that waits; every other report waits, and so does the
     * 达产 report sent after the verifier's round. The repeat's reports were sent on its first signing, in another
     * event's backlog.
     */
    private static void verified(ObjectNode figures, List<GuangxiStory.Project> projects, List<GuangxiStory.Step> steps,
                                 GuangxiStory.Project repeat, Map<String, Long> signed, String rejected) {
        Map<String, String> destinations = destinations(projects);
        Set<String> commenced = new HashSet<>();
        Set<String> producing = new HashSet<>();
        Map<String, Long> cumulative = new HashMap<>();
        long waiting = 1;
        for (GuangxiStory.Step step : steps) {
            String type = step.report().get("type").asText();
            if ("CANCELLED".equals(type)) {
                continue;
            }
            boolean decided = DemoVerification.PREFECTURES.stream()
                    .anyMatch(prefecture -> within(destinations.get(step.signingId()), prefecture));
            if (!decided) {
                waiting += step.signingId().equals(repeat.signingId()) ? 0 : 1;
                continue;
            }
            switch (type) {
                case "COMMENCED" -> commenced.add(step.signingId());
                case "IN_PRODUCTION" -> producing.add(step.signingId());
                default -> cumulative.put(step.signingId(), step.report().get("cumulativeYuan").asLong());
            }
        }
        commenced.remove(rejected);
        long completed = cumulative.values().stream().mapToLong(Long::longValue).sum();
        long signedYuan = sum(signed, signed.keySet());
        ObjectNode verified = figures.putObject("verified");
        tally(verified, "commenced", commenced.size(), sum(signed, commenced));
        tally(verified, "inProduction", producing.size(), sum(signed, producing));
        verified.put("completedInvestmentYuan", completed)
                .put("commencementRate", rate(commenced.size(), signed.size()))
                .put("investmentCompletionRate", rate(completed, signedYuan));
        // the 达产 report the demo sends for its first project in production once the verifier is done waits too
        boolean anyInProduction = steps.stream().anyMatch(step -> "IN_PRODUCTION".equals(step.report().get("type").asText()));
        figures.putObject("awaitingVerification").put("count", waiting + (anyInProduction ? 1 : 0));
    }

    /** The commencement the demo's verifier rejected: the first it met, in Nanning's backlog, else Liuzhou's. */
    private static GuangxiStory.Step rejectedCommencement(List<GuangxiStory.Project> projects,
                                                          List<GuangxiStory.Step> steps) {
        Map<String, String> destinations = destinations(projects);
        return DemoVerification.PREFECTURES.stream().flatMap(prefecture -> steps.stream()
                        .filter(step -> "COMMENCED".equals(step.report().get("type").asText()))
                        .filter(step -> within(destinations.get(step.signingId()), prefecture)))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> destinations(List<GuangxiStory.Project> projects) {
        Map<String, String> destinations = new HashMap<>();
        projects.forEach(project -> destinations.put(project.signingId(), project.destinationRegion()));
        return destinations;
    }

    private static boolean within(String destination, String prefecture) {
        return destination.startsWith(prefecture.substring(0, 4));
    }

    /**
     * 达产 as the demo reports it (DemoCapacity): one project, its first in production, so many days after production;
     * and no period of the demo's outcomes is held to a promise (§4.5.3: only periods from the promised date on).
     */
    private static void designCapacity(ObjectNode figures, List<GuangxiStory.Project> projects, GuangxiStory.Story story,
                                       int inProduction) {
        GuangxiStory.Step reached = DemoCapacity.report(projects, story, LocalDate.now(ZoneId.of("Asia/Shanghai")))
                .orElseThrow();
        LocalDate producing = story.reports().stream().filter(step -> step.signingId().equals(reached.signingId())
                        && "IN_PRODUCTION".equals(step.report().get("type").asText()))
                .map(step -> LocalDate.parse(step.report().get("on").asText())).findFirst().orElseThrow();
        long days = ChronoUnit.DAYS.between(producing, LocalDate.parse(reached.report().get("on").asText()));
        ObjectNode cycleTimes = (ObjectNode) figures.get("cycleTimes");
        cycleTimes.putObject("productionToDesignCapacity").put("projects", 1).put("medianDays", days).put("p90Days", days);
        cycleTimes.put("designCapacityRate", rate(1, inProduction));
        figures.putArray("promises");
    }

    /** The figures but the oldest report's age (the run's own time) and the months (checked by ExpectedMonths). */
    private static JsonNode withoutBacklogAge(JsonNode figures) {
        ObjectNode copy = figures.deepCopy();
        ((ObjectNode) copy.get("awaitingVerification")).remove("oldestReportedAt");
        copy.remove("months");
        return copy;
    }

    private static JsonNode figures(RunningServices services) throws Exception {
        return EventPublisher.JSON.readTree(asAdmin().baseUri(services.url("tracking"))
                .get("/api/stats?event=" + GuangxiDemo.EVENT_CODE).asString());
    }

    private static boolean sameFigures(JsonNode actual, JsonNode expected) {
        return actual.equals((left, right) -> left.isNumber() && right.isNumber()
                ? left.decimalValue().compareTo(right.decimalValue()) : left.equals(right) ? 0 : 1, expected);
    }

    private static void tally(ObjectNode figures, String name, long count, long yuan) {
        figures.putObject(name).put("count", count).put("investmentYuan", yuan);
    }

    private static long sum(Map<String, Long> investments, Set<String> ids) {
        return ids.stream().mapToLong(investments::get).sum();
    }

    private static BigDecimal rate(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
