package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.ConsumerLag;
import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The database goes away under load and comes back: killed with SIGKILL for 75 seconds (crash recovery at
 * the next start), then restarted by an operator ({@code pg_ctl restart -m fast}), each while 3,000 signings
 * go through intake, matching, capacity and tracking. Nothing may be dead-lettered, no consumer may stop,
 * and afterwards every figure equals what was sent.
 */
@Tag("faults")
// its own broker and database, and most of its time spent waiting: it runs beside the other suites (pom.xml)
@Execution(ExecutionMode.CONCURRENT)
class PostgresOutageIT {

    private static final int SIGNINGS = 3_000;
    /** Past the 60 s after which the connector's throttled commit used to fail a waiting channel (contract §6.4). */
    private static final Duration OUTAGE = Duration.ofSeconds(75);
    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final Map<String, List<String>> CONSUMED = Map.of(
            "yanzhen-capacity", List.of(Topics.MATCHES.name(), Topics.SIGNINGS.name()),
            "yanzhen-matching", List.of(Topics.SIGNINGS.name(), Topics.REGION_CAPACITY.name()),
            "yanzhen-tracking", List.of(Topics.SIGNINGS.name(), Topics.MATCHES.name(), Topics.REGION_CAPACITY.name()));

    private final Instant started = Instant.now();

    @Test
    void anOutageOfTheDatabaseIsWaitedOutAndEveryFigureComesOutExact() throws Exception {
        try (KafkaProcess kafka = KafkaProcess.start();
             PostgresProcess postgres = PostgresProcess.start();
             RunningServices services = RunningServices.start(kafka.bootstrap(), postgres.endpoints(),
                     TrackingWatches.off(),
                     1, "intake", "capacity", "matching", "tracking")) {
            for (String region : StressLoad.REGIONS) {
                asAdmin().baseUri(services.url("capacity")).contentType("application/json")
                        .body(StressLoad.profile().toString()).put("/api/regions/" + region + "/capacity")
                        .then().statusCode(201);
            }

            ArrayNode killed = load(services, "2025-PGKILL", "K", 0);
            phase("PostgreSQL killed (SIGKILL) under load; down for " + OUTAGE.toSeconds() + " s");
            postgres.kill();
            Thread.sleep(OUTAGE.toMillis());
            postgres.startAgain();
            phase("PostgreSQL back after crash recovery; waiting for the chain to drain");
            awaitQuiet(services, kafka.bootstrap());
            String first = verify(services, kafka.bootstrap(), "2025-PGKILL", killed, SIGNINGS);
            System.out.println("postgres-outage suite: kill -9 for " + OUTAGE.toSeconds() + " s during "
                    + SIGNINGS + " signings: " + first);

            ArrayNode restarted = load(services, "2025-PGRESTART", "R", SIGNINGS);
            phase("PostgreSQL restarted (pg_ctl restart -m fast) under load");
            postgres.restartFast();
            awaitQuiet(services, kafka.bootstrap());
            String second = verify(services, kafka.bootstrap(), "2025-PGRESTART", restarted, 2 * SIGNINGS);
            System.out.println("postgres-outage suite: pg_ctl restart -m fast during " + SIGNINGS + " signings: "
                    + second + ", " + Duration.between(started, Instant.now()).toSeconds() + " s in all");
        }
    }

    /** Posts an event's signings and returns once tracking has made projects of a tenth of them. */
    private ArrayNode load(RunningServices services, String event, String prefix, int firstInvestor) {
        asAdmin().baseUri(services.url("intake")).contentType("application/json")
                .body(StressLoad.event(event, "数据库故障测试活动").toString()).post("/api/events").then().statusCode(201);
        ArrayNode signings = StressLoad.signings(prefix, SIGNINGS, firstInvestor);
        asAdmin().baseUri(services.url("intake")).contentType("application/json").body(signings.toString())
                .post("/api/events/" + event + "/signings/batch").then().statusCode(200);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> total(services,
                "/api/projects?event=" + event + "&size=1") >= SIGNINGS / 10);
        return signings;
    }

    private String verify(RunningServices services, String kafka, String event, ArrayNode signings, long projectsInAll)
            throws Exception {
        JsonNode figures = BadRequests.JSON.readTree(asAdmin().baseUri(services.url("tracking"))
                .get("/api/stats?event=" + event).asString());
        assertThat(figures.at("/signed/count").asLong()).isEqualTo(SIGNINGS);
        assertThat(figures.at("/signed/investmentYuan").asLong()).isEqualTo(StressLoad.investmentYuan(signings));
        assertThat(services.queryNumber("select count(*) from tracking.project")).isEqualTo(projectsInAll);
        assertThat(services.queryNumber("select count(*) from matching.match_result where current"))
                .isEqualTo(projectsInAll);
        assertThat(services.queryNumber("select count(distinct signing_id) from matching.match_result"))
                .isEqualTo(projectsInAll);
        long reserved = services.queryNumber("select count(*) from capacity.reservation where released_at is null");
        assertThat(reserved).isEqualTo(
                services.queryNumber("select count(*) from matching.match_result where current and verdict <> 'MISMATCH'"));
        assertThat(services.queryNumber("select count(*) from tracking.project where verdict is null")).isZero();
        assertThat(deadLetters(kafka)).as("records on every dead-letter topic").isZero();
        return String.format("%d projects in all, %d yuan signed at the event, %d reservations in all, every consumer's lag 0, 0 dead letters",
                projectsInAll, figures.at("/signed/investmentYuan").asLong(), reserved);
    }

    private static long deadLetters(String kafka) {
        long records = 0;
        for (String topic : CONSUMED.values().stream().flatMap(List::stream).distinct().toList()) {
            try (TopicReader dlq = new TopicReader(kafka, topic + Topic.DLQ_SUFFIX)) {
                records += dlq.readToEnd(Map.of()).size();
            }
        }
        return records;
    }

    private static void awaitQuiet(RunningServices services, String kafka) throws Exception {
        try (ConsumerLag lag = new ConsumerLag(kafka)) {
            // quiet for five seconds on end: one look can see matching's last matches already published (its
            // outbox empty, its lag 0) just after it saw tracking's lag on them at 0, before tracking polled them
            await().atMost(WAIT).during(Duration.ofSeconds(5)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> {
                for (Map.Entry<String, List<String>> group : CONSUMED.entrySet()) {
                    for (String topic : group.getValue()) {
                        if (lag.of(group.getKey(), topic) > 0) {
                            return false;
                        }
                    }
                }
                return services.queryNumber("select (select count(*) from intake.outbox where sent_at is null)"
                        + " + (select count(*) from capacity.outbox where sent_at is null)"
                        + " + (select count(*) from matching.outbox where sent_at is null)"
                        + " + (select count(*) from tracking.outbox where sent_at is null)") == 0;
            });
        }
    }

    private static long total(RunningServices services, String path) throws Exception {
        return BadRequests.JSON.readTree(asAdmin().baseUri(services.url("tracking")).get(path).asString())
                .get("total").asLong();
    }

    private void phase(String what) {
        System.out.printf("postgres-outage suite, %d s: %s%n", Duration.between(started, Instant.now()).toSeconds(), what);
    }
}
