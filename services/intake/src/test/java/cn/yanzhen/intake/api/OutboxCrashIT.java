package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.FreshDatabase;
import cn.yanzhen.platform.testing.ServiceProcess;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged intake as its own JVM: signings are committed while the relay is held back, the
 * process is killed with SIGKILL, and the restarted process publishes each exactly once.
 */
class OutboxCrashIT {

    private static final Map<String, String> RELAY_HELD_BACK = Map.of("yanzhen.outbox.relay.enabled", "false");

    private FreshDatabase database;
    private ServiceProcess intake;
    private SigningsTopic topic;
    private String eventCode;

    @BeforeEach
    void startIntake() {
        Endpoints servers = TestInfrastructure.endpoints();
        database = FreshDatabase.create(servers);
        intake = new ServiceProcess(Path.of(System.getProperty("service.jar")), Map.of(
                "kafka.bootstrap.servers", servers.kafkaBootstrap(),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", servers.dbUser(),
                "quarkus.datasource.password", servers.dbPassword()),
                Path.of("target", "it-logs", "intake-crash.log"));
    }

    @AfterEach
    void stopIntake() throws InterruptedException {
        intake.close();
        if (topic != null) {
            topic.close();
        }
        database.drop();
    }

    @Test
    void aProcessKilledAfterTheCommitAndBeforeThePublishLosesNothingAndDuplicatesNothing() throws Exception {
        intake.start(RELAY_HELD_BACK);
        topic = new SigningsTopic();
        Map<TopicPartition, Long> mark = topic.mark();
        Set<String> accepted = submitSignings();
        assertThat(topic.countSince(mark)).as("published while the relay was held back").isZero();

        intake.kill();
        intake.start(Map.of());

        List<ConsumerRecord<String, String>> records = topic.await(mark, accepted.size());
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(records.stream().map(record -> TopicReader.header(record, "ce_id")).collect(Collectors.toSet()))
                .hasSize(accepted.size());

        intake.kill();
        intake.start(Map.of());
        String marker = SigningApiTest.post(eventCode, IntakeFixtures.signing("AFTER-RESTART"))
                .then().statusCode(201).extract().path("id");
        topic.await(mark, accepted.size() + 1);
        assertThat(topic.countSince(mark)).as("records after a second restart").isEqualTo(accepted.size() + 1L);
        assertThat(marker).isNotIn(accepted);
    }

    /** 200 signings in a batch and 20 one by one; returns their ids as stored. */
    private Set<String> submitSignings() {
        io.restassured.RestAssured.baseURI = intake.baseUri();
        io.restassured.RestAssured.port = intake.port();
        eventCode = IntakeFixtures.newEvent();
        ArrayNode batch = IntakeFixtures.JSON.createArrayNode();
        for (int i = 1; i <= 200; i++) {
            batch.add(IntakeFixtures.signing("CRASH-B" + i));
        }
        asOrganiser().contentType(ContentType.JSON).body(batch.toString())
                .post("/api/events/" + eventCode + "/signings/batch").then().statusCode(200)
                .body("accepted", equalTo(200));
        for (int i = 1; i <= 20; i++) {
            SigningApiTest.post(eventCode, IntakeFixtures.signing("CRASH-S" + i)).then().statusCode(201);
        }
        Set<String> ids = new HashSet<>(asMonitor().get("/api/events/" + eventCode + "/signings?size=500")
                .then().body("total", equalTo(220)).extract().<List<String>>path("items.id"));
        assertThat(ids).hasSize(220);
        return ids;
    }
}
