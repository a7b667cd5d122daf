package cn.yanzhen.tracking.obstacles;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.ContractValidator;
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
import cn.yanzhen.tracking.obstacles.messaging.ObstacleWatch;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The obstacle ledger of two projects of an event that is this test's alone: figures per category and age and the
 * median days to resolve as worked out by hand, each obstacle's history, the moves the state machine refuses, and
 * OBSTACLE_UNRESOLVED raised once, only after the configured 30 days.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObstacleLedgerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EVENT = "EV-OBSTACLE";
    private static final String OFFICE = "450000";

    @Inject
    ObstacleWatch obstacleWatch;

    private EventPublisher publisher;
    private TopicReader alerts;
    private TopicReader obstacles;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        alerts = new TopicReader(kafka, Topics.ALERTS.name());
        obstacles = new TopicReader(kafka, Topics.OBSTACLES.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        alerts.close();
        obstacles.close();
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void figuresHistoryAndTheUnresolvedAlertFollowTheLedger() throws Exception {
        MovableClock.moveTo(LocalDate.of(2025, 10, 1));
        Signing first = register("450500", EVENT);
        Signing second = register("450100", EVENT);
        Map<TopicPartition, Long> obstaclesMark = obstacles.mark();

        record(first, "OB-LAND", "LAND", "2025-08-01").statusCode(201).body("status", equalTo("OPEN"));
        record(first, "OB-POWER", "POWER", "2025-09-10").statusCode(201);
        record(first, "OB-FIN", "FINANCING", "2025-08-10").statusCode(201);
        record(second, "OB-WATER", "WATER", "2025-08-15").statusCode(201);
        record(second, "OB-PERMIT", "PERMIT", "2025-09-20").statusCode(201);
        record(second, "OB-LABOUR", "LABOUR", "2025-09-28").statusCode(201);
        record(first, "OB-LAND", "LAND", "2025-08-01").statusCode(200);
        record(first, "OB-LAND", "WATER", "2025-08-01").statusCode(409).body("detail", containsString("OB-LAND"));

        move(first, "OB-LAND", "IN_PROGRESS", "2025-09-01", "已报市自然资源局").statusCode(201);
        move(first, "OB-POWER", "IN_PROGRESS", "2025-09-12", "供电公司现场勘查").statusCode(201);
        move(first, "OB-POWER", "RESOLVED", "2025-09-30", "临时专线送电").statusCode(201)
                .body("closedOn", equalTo("2025-09-30")).body("resolution", equalTo("临时专线送电"));
        move(first, "OB-POWER", "RESOLVED", "2025-09-30", "临时专线送电").statusCode(200);
        move(first, "OB-FIN", "IN_PROGRESS", "2025-08-11", null).statusCode(201);
        move(first, "OB-FIN", "RESOLVED", "2025-08-31", "银行授信到位").statusCode(201);
        move(second, "OB-WATER", "IN_PROGRESS", "2025-08-20", null).statusCode(201);
        move(second, "OB-WATER", "RESOLVED", "2025-09-24", "园区管网接通").statusCode(201);
        move(second, "OB-PERMIT", "WITHDRAWN", "2025-09-25", "企业改用既有厂房，无需新证").statusCode(201);

        // refused by the state machine, each 409 and nothing changed
        move(second, "OB-LABOUR", "RESOLVED", "2025-09-30", "招工完成").statusCode(409)
                .body("detail", containsString("IN_PROGRESS or WITHDRAWN"));
        move(first, "OB-POWER", "IN_PROGRESS", "2025-10-01", "复发").statusCode(409)
                .body("detail", containsString("final"));
        move(second, "OB-PERMIT", "WITHDRAWN", "2025-10-01", "另一理由").statusCode(409);
        move(first, "OB-WATER", "IN_PROGRESS", "2025-10-01", null).statusCode(404);

        // by hand: open are OB-LAND (IN_PROGRESS, since 08-01) and OB-LABOUR (OPEN, since 09-28); resolved OB-FIN
        // 08-10 → 08-31 = 21 days, OB-POWER 09-10 → 09-30 = 20, OB-WATER 08-15 → 09-24 = 16 + 24 = 40;
        // 20 21 40: median rank ⌈0.5·3⌉ = 2 → 21; OB-PERMIT withdrawn
        ValidatableResponse stats = asMonitor().get("/api/stats?event=" + EVENT).then().statusCode(200);
        stats.body("obstacles.open.count", equalTo(2)).body("obstacles.open.oldestSince", equalTo("2025-08-01"))
                .body("obstacles.openByCategory.LAND.count", equalTo(1))
                .body("obstacles.openByCategory.LAND.oldestSince", equalTo("2025-08-01"))
                .body("obstacles.openByCategory.LABOUR.count", equalTo(1))
                .body("obstacles.openByCategory.LABOUR.oldestSince", equalTo("2025-09-28"))
                .body("obstacles.openByCategory.POWER.count", equalTo(0))
                .body("obstacles.openByCategory.POWER.oldestSince", nullValue())
                .body("obstacles.resolved", equalTo(3)).body("obstacles.medianDaysToResolve", equalTo(21))
                .body("obstacles.withdrawn", equalTo(1));
        // Beihai (450500) counts the first project's three: open OB-LAND; resolved 20 and 21 → rank 1 → 20
        asMonitor().get("/api/stats?region=450500").then().body("obstacles.resolved", equalTo(2))
                .body("obstacles.medianDaysToResolve", equalTo(20));

        asMonitor().get("/api/projects/" + first.id() + "/obstacles/OB-POWER").then().statusCode(200)
                .body("history.status", equalTo(List.of("OPEN", "IN_PROGRESS", "RESOLVED")))
                .body("history.on", equalTo(List.of("2025-09-10", "2025-09-12", "2025-09-30")))
                .body("history.note", equalTo(Arrays.asList(null, "供电公司现场勘查", "临时专线送电")))
                .body("history.by", equalTo(List.of("office-450000", "office-450000", "office-450000")));
        asMonitor().get("/api/projects/" + first.id()).then()
                .body("obstacles.obstacleId", equalTo(List.of("OB-LAND", "OB-FIN", "OB-POWER")))
                .body("obstacles.status", equalTo(List.of("IN_PROGRESS", "RESOLVED", "RESOLVED")));
        asMonitor().get("/api/projects/" + second.id() + "/obstacles").then().body("total", equalTo(3))
                .body("items.obstacleId", equalTo(List.of("OB-WATER", "OB-PERMIT", "OB-LABOUR")));
        asMonitor().queryParam("entity", "obstacle:OB-POWER").get("/api/audit").then().body("total", equalTo(3))
                .body("items.action", containsInAnyOrder("obstacle.record", "obstacle.move", "obstacle.move"));

        // 6 recorded + 8 moves taken (LAND 1, POWER 2, FIN 2, WATER 2, PERMIT 1); the same requests again and the
        // refused ones published nothing
        List<ConsumerRecord<String, String>> published = obstacles.awaitRecords(obstaclesMark, 14, WAIT);
        assertThat(published).hasSize(14);
        for (ConsumerRecord<String, String> record : published) {
            assertThat(ContractValidator.violations(EventTypes.OBSTACLE_CHANGED,
                    EventPublisher.JSON.readTree(record.value()))).isEmpty();
        }
        assertThat(published.stream().filter(record -> "OB-POWER".equals(record.key()))).hasSize(3);

        unresolvedOnlyAfterThirtyDaysAndOnce(first, second);
    }

    /** Today 10-01: OB-LAND, open since 08-01, is past 30 days; OB-LABOUR, since 09-28, is past them on 10-29. */
    private void unresolvedOnlyAfterThirtyDaysAndOnce(Signing first, Signing second) throws Exception {
        Map<TopicPartition, Long> alertsMark = alerts.mark();
        List<Signing> ledger = List.of(first, second);
        obstacleWatch.scan();
        List<ConsumerRecord<String, String>> raised = unresolvedSince(alertsMark, 1, ledger);
        assertThat(raised).extracting(ConsumerRecord::key).containsExactly(first.id().toString());
        assertThat(raised.get(0).value()).contains("OB-LAND");

        MovableClock.moveTo(LocalDate.of(2025, 10, 28)); // 09-28 + 30 days: open 30 days, not longer
        obstacleWatch.scan();
        obstacleWatch.scan();
        await().during(Duration.ofMillis(500)).atMost(WAIT).untilAsserted(() ->
                assertThat(unresolved(alertsMark, ledger)).hasSize(1));
        asMonitor().get("/api/projects/" + second.id()).then()
                .body("alerts.code", not(hasItem("OBSTACLE_UNRESOLVED")));

        MovableClock.moveTo(LocalDate.of(2025, 10, 29));
        obstacleWatch.scan();
        obstacleWatch.scan();
        raised = unresolvedSince(alertsMark, 2, ledger);
        assertThat(raised).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(first.id().toString(), second.id().toString());
        await().during(Duration.ofMillis(500)).atMost(WAIT).untilAsserted(() ->
                assertThat(unresolved(alertsMark, ledger)).hasSize(2));
        asMonitor().get("/api/projects/" + second.id()).then().body("alerts.code", hasItem("OBSTACLE_UNRESOLVED"))
                .body("alerts.detail", hasItem(containsString("OB-LABOUR")));
    }

    @Test
    void onlyTheProjectsOfficeOrAnAdminRecordsAndBadInputNamesEachFieldStoringNothing() {
        MovableClock.moveTo(LocalDate.of(2025, 10, 1));
        Signing project = register("450500", EVENT + "-ACCESS");
        String path = "/api/projects/" + project.id() + "/obstacles";
        String body = "{\"obstacleId\": \"OB-ACCESS\", \"category\": \"LAND\", \"description\": \"征地\","
                + " \"department\": \"县自然资源局\", \"openedOn\": \"2025-09-01\"}";
        asRegionalOffice("520000").contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        asMonitor().contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);

        office().body("{}").post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("obstacleId", "category", "description", "department",
                        "openedOn"));
        office().body("{\"obstacleId\": \"'; drop table\", \"category\": \"FLOOD\", \"description\": 5,"
                        + " \"department\": \"" + "部".repeat(101) + "\", \"openedOn\": \"2025-02-30\", \"colour\": 1}")
                .post(path).then().statusCode(400).body("errors.field", containsInAnyOrder("obstacleId", "category",
                        "description", "department", "openedOn", "colour"));
        office().body(body.replace("2025-09-01", "2025-07-19")).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("openedOn")));
        office().body(body.replace("2025-09-01", "2025-10-02")).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("openedOn")));
        asMonitor().get(path).then().body("total", equalTo(0));
        asMonitor().get("/api/stats?event=" + EVENT + "-ACCESS").then().body("obstacles.open.count", equalTo(0));

        asAdmin().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
        office().body("{\"status\": \"DONE\", \"on\": \"yesterday\", \"extra\": true}").post(path
                + "/OB-ACCESS/transitions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("status", "on", "extra"));
        office().body("{\"status\": \"WITHDRAWN\", \"on\": \"2025-09-30\"}").post(path + "/OB-ACCESS/transitions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("note")));
        office().body("{\"status\": \"IN_PROGRESS\", \"on\": \"2025-08-31\"}").post(path + "/OB-ACCESS/transitions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("on")));
        asMonitor().get(path + "/OB-ACCESS").then().body("status", equalTo("OPEN")).body("history.size()", equalTo(1));
        asMonitor().get("/api/stats?event=" + EVENT + "-ACCESS").then().body("obstacles.open.count", equalTo(1));
    }

    private List<ConsumerRecord<String, String>> unresolvedSince(Map<TopicPartition, Long> mark, int count,
                                                                 List<Signing> projects) {
        await().atMost(WAIT).until(() -> unresolved(mark, projects).size() >= count);
        return unresolved(mark, projects);
    }

    /** OBSTACLE_UNRESOLVED alerts of these projects since the mark (the other test's project may raise its own). */
    private List<ConsumerRecord<String, String>> unresolved(Map<TopicPartition, Long> mark, List<Signing> projects) {
        List<String> keys = projects.stream().map(project -> project.id().toString()).toList();
        return alerts.readToEnd(mark).stream().filter(record -> keys.contains(record.key()))
                .filter(record -> record.value().contains("OBSTACLE_UNRESOLVED")).toList();
    }

    private static ValidatableResponse record(Signing signing, String id, String category, String openedOn) {
        return office().body("{\"obstacleId\": \"" + id + "\", \"category\": \"" + category + "\", \"description\":"
                        + " \"" + category + " 问题\", \"department\": \"北海市发展和改革委员会\", \"openedOn\": \""
                        + openedOn + "\"}")
                .post("/api/projects/" + signing.id() + "/obstacles").then();
    }

    private static ValidatableResponse move(Signing signing, String id, String status, String on, String note) {
        return office().body("{\"status\": \"" + status + "\", \"on\": \"" + on + "\""
                        + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}")
                .post("/api/projects/" + signing.id() + "/obstacles/" + id + "/transitions").then();
    }

    private static RequestSpecification office() {
        return asRegionalOffice(OFFICE).contentType(ContentType.JSON);
    }

    private Signing register(String destination, String event) {
        Signing signing = new Signing(UUID.randomUUID(), event, "REF-" + UUID.randomUUID(),
                "海洋食品加工项目", new Investor("上海市测试食品有限公司", "91310000MA1FL4QX2B", "310000"), destination, null,
                "1371", 300_000_000L, LocalDate.of(2025, 7, 20), null, null, null, null, SigningStatus.REGISTERED,
                Instant.now(), null, null, null);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
        return signing;
    }
}
