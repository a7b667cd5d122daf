package cn.yanzhen.tracking.projects;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.MovableClock;
import cn.yanzhen.tracking.projects.messaging.DeadlineWatch;
import cn.yanzhen.tracking.rounds.messaging.RoundWatch;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Several replicas of tracking each run the deadline and round watches on the same database. Two scans
 * started at the same instant, again and again, stand for them here (replicas differ only in the
 * process; what keeps a due item to one action is in PostgreSQL): each due item is acted on once.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaScansTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final int PROJECTS = 40;
    private static final int SCANS_AT_ONCE = 2;
    private static final int ROUNDS_OF_SCANS = 3;

    @Inject
    DeadlineWatch deadlineWatch;

    @Inject
    RoundWatch roundWatch;

    private final String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
    private final EventPublisher publisher = new EventPublisher(kafka);
    private final TopicReader alerts = new TopicReader(kafka, Topics.ALERTS.name());
    private final TopicReader rounds = new TopicReader(kafka, Topics.ROUNDS.name());

    /** Leaves the clock where the other tests expect it, and the broker's connections closed. */
    @AfterAll
    void putBack() {
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
        for (AutoCloseable connection : List.<AutoCloseable>of(publisher, alerts, rounds)) {
            try {
                connection.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void deadlineScansOfSeveralReplicasRaiseEachOverdueAlertOnce() throws Exception {
        MovableClock.moveTo(SIGNED);
        List<String> late = register("EV-REPLICA-SCAN", "450500", SIGNED.plusDays(60));
        Map<TopicPartition, Long> mark = alerts.mark();

        MovableClock.moveTo(SIGNED.plusDays(61));
        scanAtOnce(deadlineWatch::scan);

        // each of the 40 projects is one day past its planned commencement: 40 alerts, one each
        assertThat(alertsOf(mark, late, "OVERDUE_COMMENCEMENT")).hasSize(PROJECTS).doesNotHaveDuplicates();
        asMonitor().get("/api/stats?event=EV-REPLICA-SCAN").then().body("overdue", equalTo(PROJECTS))
                .body("signed.count", equalTo(PROJECTS));
    }

    @Test
    void roundWatchesOfSeveralReplicasCloseEachRoundOnce() throws Exception {
        MovableClock.moveTo(LocalDate.of(2025, 12, 20));
        List<String> silent = register("EV-REPLICA-ROUND", "460100", null);
        // marked before the round opens: its opening reaches the topic whenever the outbox relay gets to it
        Map<TopicPartition, Long> roundsMark = rounds.mark();
        asRegionalOffice("460000").contentType(ContentType.JSON).body("{\"code\": \"HI-2025-12\", \"scope\":"
                + " \"460000\", \"opensOn\": \"2025-12-01\", \"dueOn\": \"2025-12-31\"}").post("/api/rounds")
                .then().statusCode(201);
        Map<TopicPartition, Long> alertsMark = alerts.mark();

        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
        scanAtOnce(roundWatch::scan);

        // none of the 40 projects of Haikou reported: each misses the round once, and it closes once
        assertThat(alertsOf(alertsMark, silent, "MISSED_REPORT")).hasSize(PROJECTS).doesNotHaveDuplicates();
        await().during(Duration.ofMillis(500)).atMost(WAIT).untilAsserted(() ->
                assertThat(rounds.awaitRecords(roundsMark, 0, Duration.ofMillis(200)).stream()
                        .filter(record -> "HI-2025-12".equals(record.key()))
                        .map(record -> TopicReader.header(record, "ce_type")))
                        .containsExactly(EventTypes.ROUND_OPENED, EventTypes.ROUND_CLOSED));
        asMonitor().get("/api/rounds/HI-2025-12").then().body("status", equalTo("CLOSED"))
                .body("missed", equalTo(PROJECTS));
        asMonitor().get("/api/rounds/HI-2025-12/missed?size=500").then().body("total", equalTo(PROJECTS))
                .body("items.size()", equalTo(PROJECTS));
    }

    /** Runs the scan from two threads released at the same instant, a few times over. */
    private static void scanAtOnce(Runnable scan) throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(SCANS_AT_ONCE);
        try {
            for (int round = 0; round < ROUNDS_OF_SCANS; round++) {
                CyclicBarrier start = new CyclicBarrier(SCANS_AT_ONCE);
                List<Future<?>> scans = new ArrayList<>();
                for (int replica = 0; replica < SCANS_AT_ONCE; replica++) {
                    scans.add(replicas.submit(() -> {
                        start.await();
                        scan.run();
                        return null;
                    }));
                }
                for (Future<?> done : scans) {
                    done.get();
                }
            }
        } finally {
            replicas.shutdown();
        }
    }

    /** The subjects of the alerts with this code published after the mark, once they stop coming. */
    private List<String> alertsOf(Map<TopicPartition, Long> mark, List<String> subjects, String code) {
        List<String> found = new ArrayList<>();
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> {
            found.clear();
            alerts.awaitRecords(mark, 0, Duration.ofMillis(200)).stream()
                    .filter(record -> subjects.contains(record.key()) && record.value().contains(code))
                    .map(ConsumerRecord::key)
                    .forEach(found::add);
            return found.size() >= subjects.size();
        });
        return found;
    }

    private List<String> register(String event, String region, LocalDate planned) {
        List<Signing> signings = IntStream.range(0, PROJECTS).mapToObj(i -> new Signing(UUID.randomUUID(), event,
                "REF-" + UUID.randomUUID(), "副本测试项目", new Investor("深圳市测试有限公司", "91350100M000100Y43",
                "440300"), region, null, "3825", 1_000, SIGNED, null, null, null, planned, SigningStatus.REGISTERED,
                Instant.now(), null, null, null)).toList();
        signings.forEach(signing -> publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED,
                signing.id().toString(), signing));
        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/stats?event=" + event).then()
                .body("signed.count", equalTo(PROJECTS)));
        return signings.stream().map(signing -> signing.id().toString()).toList();
    }
}
