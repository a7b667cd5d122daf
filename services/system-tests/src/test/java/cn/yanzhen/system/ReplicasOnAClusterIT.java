package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of every service in one consumer group each, on a three-broker cluster (replication factor
 * 3, min.insync.replicas=2), under a sustained load of signings and reports, while one replica of each
 * service and then one broker are killed with SIGKILL and started again. Tracking's deadline scan runs
 * every two seconds on both of its replicas. Afterwards every figure equals the hand-computed one, every
 * topic holds exactly the committed events (see {@link ClusterAudit} on events sent twice), nothing is in
 * a dead-letter topic, every group's lag is zero, and each overdue project was alerted once.
 */
@Tag("faults")
class ReplicasOnAClusterIT {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final List<String> SERVICES = List.of("intake", "capacity", "matching", "tracking", "dashboard");
    /**
     * One replica of each service, in turn, and a broker while the load goes on. The dashboard first: it takes
     * longest to start again (it reads every topic), and the load need not wait for it at the end.
     */
    private static final List<String> KILLED = List.of("dashboard-2", "intake-2", "capacity-2", "matching",
            "tracking-2");
    private static final int KILLED_BROKER = 2;

    private interface Action {
        void run() throws Exception;
    }

    private record Step(String what, Action action) {
    }

    @Test
    void replicasOnAClusterSurviveKillsWithEveryFigureExact() throws Exception {
        Instant started = Instant.now();
        try (KafkaCluster kafka = KafkaCluster.start();
             RunningServices services = RunningServices.start(kafka.bootstrap(), Map.of(
                     "yanzhen.topics.replication-factor", String.valueOf(KafkaCluster.BROKERS),
                     "yanzhen.tracking.deadline-scan-every", "2s",
                     // a killed consumer's partitions move to the other replica in seconds, not 45 s
                     "kafka.session.timeout.ms", "6000", "kafka.heartbeat.interval.ms", "2000"),
                     2, SERVICES.toArray(String[]::new))) {
            phase(started, "3 brokers and 2 replicas of each of " + SERVICES + " up");
            for (String region : ClusterLoad.REGIONS) {
                asAdmin().baseUri(services.url("capacity")).contentType("application/json")
                        .body(Fixtures.profile().toString()).put("/api/regions/" + region + "/capacity")
                        .then().statusCode(201);
            }
            asAdmin().baseUri(services.url("intake")).contentType("application/json")
                    .body(Fixtures.event(ClusterLoad.EVENT).toString()).post("/api/events").then().statusCode(201);

            ClusterLoad load = new ClusterLoad(List.of(services.url("intake"), services.url("intake-2")),
                    List.of(services.url("tracking"), services.url("tracking-2")));
            CompletableFuture<Void> loading = load.start();
            // A replica and the broker restart in the background, so each kill lands while the load goes on rather
            // than after a restart that takes a minute on a busy machine.
            List<Step> steps = new ArrayList<>();
            List<CompletableFuture<Void>> restarts = new ArrayList<>();
            ExecutorService restarting = Executors.newCachedThreadPool();
            for (String replica : KILLED) {
                steps.add(new Step("killed " + replica + ", restarting it", () -> {
                    services.process(replica).kill();
                    restarts.add(CompletableFuture.runAsync(() -> services.restart(replica), restarting));
                }));
            }
            // the broker dies after the first replica is killed and comes back after the second
            steps.add(1, new Step("killed broker " + KILLED_BROKER + "; two brokers go on",
                    () -> kafka.broker(KILLED_BROKER).kill()));
            steps.add(3, new Step("restarting broker " + KILLED_BROKER, () -> restarts.add(
                    CompletableFuture.runAsync(() -> restart(kafka.broker(KILLED_BROKER)), restarting))));
            for (int step = 0; step < steps.size(); step++) {
                double due = (step + 1.0) / (steps.size() + 1);
                await().atMost(WAIT).until(() -> load.progress() >= due || loading.isDone());
                steps.get(step).action().run();
                phase(started, steps.get(step).what() + " (" + Math.round(100 * load.progress())
                        + " % of the signings accepted)");
            }
            loading.get();
            CompletableFuture.allOf(restarts.toArray(CompletableFuture[]::new)).get();
            restarting.shutdown();
            phase(started, "every killed replica restarted");

            ClusterAudit audit = new ClusterAudit(kafka.bootstrap(), services.jdbcUrl());
            phase(started, "load accepted (" + ClusterLoad.SIGNINGS + " signings, " + load.reports()
                    + " reports); waiting for every consumer and outbox");
            audit.awaitQuiet();
            String figures = verifyFigures(services, audit);
            ClusterAudit.Read read = audit.everyTopicHoldsEachCommittedEvent();
            assertThat(audit.deadLetters()).as("records in dead-letter topics").isZero();
            assertThat(audit.totalLag()).as("lag of every group").isZero();
            System.out.printf("replicas-on-a-cluster suite: load %d signings in %d batches + %d progress reports over"
                            + " 2 replicas each of %s on %d brokers (RF %d, min ISR 2); kills (kill -9, restarted): %d"
                            + " replicas (%s) and broker %d of %d; %,d records checked on %d topics (%d sent twice by"
                            + " the outbox, applied once), 0 in dead-letter topics, lag 0; figures exact (%s); %d s%n",
                    ClusterLoad.SIGNINGS, ClusterLoad.BATCHES, load.reports(), String.join(", ", SERVICES),
                    KafkaCluster.BROKERS, KafkaCluster.BROKERS, KILLED.size(), String.join(", ", KILLED),
                    KILLED_BROKER, KafkaCluster.BROKERS, read.records(), Topics.ALL.size(), read.resent(), figures,
                    Duration.between(started, Instant.now()).toSeconds());
        }
    }

    private static void restart(KafkaProcess broker) {
        try {
            broker.restart();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the figures against the ones computed from how the load was built; returns them in words. */
    private static String verifyFigures(RunningServices services, ClusterAudit audit) throws Exception {
        int signings = ClusterLoad.SIGNINGS;
        // signing i invests 10,000,000 + 10,000·i: 400 of them 4,000,000,000 + 10,000·(1 + … + 400) = 4,802,000,000;
        // i % 3 == 1 reported (1, 4, …, 400: 134 of them), i % 3 == 0 overdue (3, 6, …, 399: 133)
        long signedYuan = IntStream.rangeClosed(1, signings).mapToLong(ClusterLoad::investment).sum();
        int[] reported = IntStream.rangeClosed(1, signings).filter(ClusterLoad::reported).toArray();
        long commencedYuan = IntStream.of(reported).mapToLong(ClusterLoad::investment).sum();
        long overdue = IntStream.rangeClosed(1, signings).filter(ClusterLoad::overdue).count();
        for (String tracking : List.of("tracking", "tracking-2")) {
            // the scans run every 2 s: the last overdue projects may need one more
            await().atMost(WAIT).until(() -> stats(services.url(tracking)).at("/overdue").asLong() == overdue);
            JsonNode stats = stats(services.url(tracking));
            assertThat(stats.at("/signed/count").asLong()).isEqualTo(signings);
            assertThat(stats.at("/signed/investmentYuan").asLong()).isEqualTo(signedYuan);
            assertThat(stats.at("/commenced/count").asLong()).isEqualTo(reported.length);
            assertThat(stats.at("/commenced/investmentYuan").asLong()).isEqualTo(commencedYuan);
            long withVerdict = 0;
            for (JsonNode count : stats.path("byVerdict")) {
                withVerdict += count.asLong();
            }
            assertThat(withVerdict).as("signings with a verdict").isEqualTo(signings);
        }
        for (String dashboard : List.of("dashboard", "dashboard-2")) {
            await().atMost(WAIT).untilAsserted(() -> {
                JsonNode shown = Fixtures.JSON.readTree(asMonitor().baseUri(services.url(dashboard))
                        .get("/api/figures").asString()).path("event:" + ClusterLoad.EVENT);
                assertThat(shown.at("/signed/count").asLong()).as(dashboard).isEqualTo(signings);
                assertThat(shown.at("/overdue").asLong()).as(dashboard).isEqualTo(overdue);
            });
        }
        assertThat(audit.query("select count(*) from intake.signing")).isEqualTo(signings);
        assertThat(audit.query("select count(distinct signing_id) from matching.match_result")).isEqualTo(signings);
        assertThat(audit.query("select count(*) from matching.match_result")).isEqualTo(signings);
        assertThat(audit.query("select count(*) from tracking.project")).isEqualTo(signings);
        assertThat(audit.query("select count(*) from tracking.progress_report")).isEqualTo(2L * reported.length);
        assertThat(audit.query("select count(*) from capacity.reservation where released_at is null"))
                .isEqualTo(audit.query("select count(*) from matching.match_result where verdict <> 'MISMATCH'"));
        assertThat(audit.query("select count(*) from tracking.project_alert where code = 'OVERDUE_COMMENCEMENT'"))
                .isEqualTo(overdue);
        assertThat(audit.distinctEvents(Topics.ALERTS.name(), record -> record.value().contains("OVERDUE_COMMENCEMENT")))
                .as("OVERDUE_COMMENCEMENT alerts published, each project's once").isEqualTo(overdue);
        return String.format("signed %d for %,d yuan, commenced %d for %,d yuan, overdue %d, alerted once each",
                signings, signedYuan, reported.length, commencedYuan, overdue);
    }

    private static JsonNode stats(String tracking) throws Exception {
        return Fixtures.JSON.readTree(asAdmin().baseUri(tracking).get("/api/stats?event=" + ClusterLoad.EVENT)
                .asString());
    }

    private static void phase(Instant started, String what) {
        System.out.printf("replicas-on-a-cluster suite, %d s: %s%n", Duration.between(started, Instant.now())
                .toSeconds(), what);
    }
}
