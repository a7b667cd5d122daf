package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.ServiceProcess;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A consumer channel that fails for good ends its service with exit code 75, and the service started again
 * (as its supervisor does) applies every signing exactly once. The channel is made to fail the way an
 * outage used to fail it: the throttled commit's age check, switched off in every deployment (contract §6.4),
 * is switched on at 3 s here while tracking's batches wait on a table lock.
 */
@Tag("faults")
class ChannelRestartIT {

    private static final String EVENT = "2025-CHANNEL";
    private static final int HALF = 200;
    /** The platform's ChannelWatchdog.RESTART_EXIT_CODE (EX_TEMPFAIL), which the supervisors restart on. */
    private static final int RESTART_EXIT_CODE = 75;

    @Test
    void aChannelThatFailsForGoodRestartsItsServiceAndEverySigningCountsOnce() throws Exception {
        try (RunningServices services = RunningServices.start(TrackingWatches.off(
                "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms", "3000",
                "yanzhen.messaging.watchdog-every", "1s"), "intake", "tracking")) {
            asAdmin().baseUri(services.url("intake")).contentType("application/json")
                    .body(StressLoad.event(EVENT, "消费通道重启测试活动").toString()).post("/api/events").then().statusCode(201);
            ArrayNode first = StressLoad.signings("C", HALF, 0);
            post(services, first);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> signed(services).at("/signed/count").asLong() == HALF);

            ServiceProcess tracking = services.process("tracking");
            ArrayNode second = StressLoad.signings("D", HALF, HALF);
            try (Connection holder = DriverManager.getConnection(services.jdbcUrl(),
                    TestInfrastructure.endpoints().dbUser(), TestInfrastructure.endpoints().dbPassword())) {
                holder.setAutoCommit(false);
                try (Statement lock = holder.createStatement()) {
                    lock.execute("lock table tracking.processed_message in exclusive mode");
                }
                post(services, second);
                // the watchdog may end the process before a probe sees liveness DOWN
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                        .until(() -> tracking.awaitExit(Duration.ZERO).isPresent() || liveness(tracking) != 200);
                holder.rollback();
            }

            assertThat(tracking.awaitExit(Duration.ofMinutes(1))).hasValue(RESTART_EXIT_CODE);
            assertThat(Files.readString(tracking.log())).contains("consumer channel failed for good, exiting with 75");

            services.restart("tracking");
            long yuan = StressLoad.investmentYuan(first) + StressLoad.investmentYuan(second);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> signed(services).at("/signed/count").asLong() == 2 * HALF);
            JsonNode figures = signed(services);
            assertThat(figures.at("/signed/investmentYuan").asLong()).isEqualTo(yuan);
            assertThat(services.queryNumber("select count(*) from tracking.project where event_code = '" + EVENT + "'"))
                    .isEqualTo(2 * HALF);
            try (TopicReader dlq = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
                    Topics.SIGNINGS.name() + Topic.DLQ_SUFFIX)) {
                assertThat(dlq.readToEnd(Map.of()).stream().filter(record -> record.value().contains(EVENT)))
                        .as("signings of this event dead-lettered").isEmpty();
            }
        }
    }

    private static void post(RunningServices services, ArrayNode signings) {
        asAdmin().baseUri(services.url("intake")).contentType("application/json").body(signings.toString())
                .post("/api/events/" + EVENT + "/signings/batch").then().statusCode(200);
    }

    private static JsonNode signed(RunningServices services) throws Exception {
        return BadRequests.JSON.readTree(asAdmin().baseUri(services.url("tracking"))
                .get("/api/stats?event=" + EVENT).asString());
    }

    private static int liveness(ServiceProcess service) {
        return RestAssured.given().baseUri(service.managementUri()).get("/q/health/live").statusCode();
    }
}
