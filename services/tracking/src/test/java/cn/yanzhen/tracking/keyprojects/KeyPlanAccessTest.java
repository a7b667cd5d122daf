package cn.yanzhen.tracking.keyprojects;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.WAIT;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.keyProjects;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.office;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.plan;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.register;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.MovableClock;
import cn.yanzhen.tracking.SigningCopies;
import cn.yanzhen.tracking.keyprojects.messaging.ApprovalWatch;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may write a key project's plan (the office whose region holds the destination, or an admin), what bad input
 * answers (each bad field named, nothing stored), and the projects that take no plan: a repeat, a withdrawn one,
 * whose late approvals raise no alert.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyPlanAccessTest {

    private static final String EVENT = "EV-KEYPROJECT-ACCESS";

    @Inject
    ApprovalWatch approvalWatch;

    private EventPublisher publisher;

    @BeforeAll
    void connect() {
        publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void onlyTheProjectsOfficeOrAnAdminPlansAndBadInputNamesEachFieldStoringNothing() {
        MovableClock.moveTo(LocalDate.of(2025, 10, 1));
        Signing project = register(publisher, "450700", EVENT, null);
        String path = "/api/projects/" + project.id() + "/key-plan";
        String body = plan("张华（钦州市投资促进局）", "LAND", "2025-10-31");
        asRegionalOffice("520000").contentType(ContentType.JSON).body(body).put(path).then().statusCode(403);
        asMonitor().contentType(ContentType.JSON).body(body).put(path).then().statusCode(403);

        office().body("{}").put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("officer", "approvals"));
        office().body("{\"officer\": 5, \"approvals\": [{\"kind\": \"FLOOD\", \"dueOn\": \"2025-02-30\"},"
                        + " {\"kind\": \"OTHER\", \"dueOn\": \"2025-12-31\", \"colour\": 1},"
                        + " {\"kind\": \"LAND\", \"dueOn\": \"2025-12-31\"}, {\"kind\": \"LAND\", \"dueOn\": \"2025-11-30\"}],"
                        + " \"extra\": true}")
                .put(path).then().statusCode(400).body("errors.field", containsInAnyOrder("officer", "extra",
                        "approvals[0].kind", "approvals[0].dueOn", "approvals[1].name", "approvals[1].colour",
                        "approvals[3].kind"));
        office().body(body.replace("2025-10-31", "2025-07-19")).put(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("approvals[0].dueOn")));
        asMonitor().get(path).then().statusCode(404);
        keyProjects("event=" + EVENT).body("projects", equalTo(0));

        asAdmin().contentType(ContentType.JSON).body(body).put(path).then().statusCode(201);
        office().body("{\"status\": \"DONE\", \"on\": \"yesterday\", \"extra\": true}").post(path + "/approvals/LAND")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("status", "on", "extra"));
        office().body("{\"status\": \"NEEDED\", \"on\": \"2025-09-01\"}").post(path + "/approvals/LAND").then()
                .statusCode(400).body("errors.field", equalTo(List.of("status")));
        office().body("{\"status\": \"GRANTED\", \"on\": \"2025-07-19\"}").post(path + "/approvals/LAND").then()
                .statusCode(400).body("errors.field", equalTo(List.of("on")));
        office().body("{\"status\": \"GRANTED\", \"on\": \"2025-10-02\"}").post(path + "/approvals/LAND").then()
                .statusCode(400).body("errors.field", equalTo(List.of("on")));
        asMonitor().get(path).then().statusCode(200).body("approvals[0].status", equalTo("NEEDED"));
        keyProjects("event=" + EVENT).body("projects", equalTo(1)).body("approvalsOpen", equalTo(1));

        asMonitor().get("/api/key-projects?region=999999").then().statusCode(400)
                .body("errors.field", equalTo(List.of("region")));
        Signing repeat = register(publisher, "450700", EVENT + "-REPEAT", new Signing.RepeatOf(project.id(),
                List.of("investor.creditCode"), Signing.LinkStatus.SUSPECTED));
        office().body(body).put("/api/projects/" + repeat.id() + "/key-plan").then().statusCode(409)
                .body("detail", containsString("repeats signing " + project.id()));
        asMonitor().get("/api/projects/" + repeat.id() + "/key-plan").then().statusCode(404);

        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, project.id().toString(),
                SigningCopies.withdrawn(project));
        await().atMost(WAIT).until(() -> "WITHDRAWN".equals(asMonitor().get("/api/projects/" + project.id())
                .then().extract().path("status")));
        office().body(plan("张华", "LAND", "2025-10-31")).put(path).then().statusCode(409)
                .body("detail", containsString("WITHDRAWN"));

        // past LAND's due date the watch marks it late, but a withdrawn project raises no APPROVAL_OVERDUE
        MovableClock.moveTo(LocalDate.of(2025, 11, 1));
        approvalWatch.scan();
        asMonitor().get(path).then().body("approvals[0].lateSince", equalTo("2025-11-01"));
        keyProjects("event=" + EVENT).body("approvalsLate", equalTo(1));
        asMonitor().get("/api/projects/" + project.id()).then().body("alerts.code", not(hasItem("APPROVAL_OVERDUE")));
    }
}
