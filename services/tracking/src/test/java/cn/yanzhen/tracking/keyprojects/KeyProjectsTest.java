package cn.yanzhen.tracking.keyprojects;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.WAIT;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.keyProjects;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.move;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.plan;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.put;
import static cn.yanzhen.tracking.keyprojects.KeyPlanCalls.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.MovableClock;
import cn.yanzhen.tracking.keyprojects.messaging.ApprovalWatch;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two key projects of an event that is this test's alone (docs/contract.md §4.9): their plans and approvals, the
 * figures worked by hand, each plan published, and APPROVAL_OVERDUE raised once per approval, only from the day after
 * its due date, with the clock moved.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyProjectsTest {

    private static final String EVENT = "EV-KEYPROJECT";

    @Inject
    ApprovalWatch approvalWatch;

    private EventPublisher publisher;
    private TopicReader alerts;
    private TopicReader plans;

    @BeforeAll
    void connect() {
        String kafka = TestInfrastructure.endpoints().kafkaBootstrap();
        publisher = new EventPublisher(kafka);
        alerts = new TopicReader(kafka, Topics.ALERTS.name());
        plans = new TopicReader(kafka, Topics.KEY_PROJECTS.name());
    }

    @AfterAll
    void disconnect() {
        publisher.close();
        alerts.close();
        plans.close();
        MovableClock.moveTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void plansApprovalsFiguresAndTheOverdueAlertFollowThePlans() throws Exception {
        MovableClock.moveTo(LocalDate.of(2025, 10, 1));
        Signing first = register(publisher, "450500", EVENT, null);
        Signing second = register(publisher, "450100", EVENT, null);
        Map<TopicPartition, Long> plansMark = plans.mark();
        Map<TopicPartition, Long> alertsMark = alerts.mark();
        String firstPlan = plan("王敏（北海市投资促进局）", "LAND", "2025-10-31", "ENVIRONMENT", "2025-10-15",
                "OTHER:林地使用许可", "2025-12-31");

        put(first, firstPlan).statusCode(201).body("officer", equalTo("王敏（北海市投资促进局）"))
                .body("approvals.kind", equalTo(List.of("LAND", "ENVIRONMENT", "OTHER")))
                .body("approvals.status", equalTo(List.of("NEEDED", "NEEDED", "NEEDED")))
                .body("approvals[2].name", equalTo("林地使用许可"));
        put(first, firstPlan).statusCode(200);
        put(second, plan("李强（南宁市发展和改革委员会）", "PLANNING", "2025-10-20", "CONSTRUCTION_PERMIT", "2025-11-30"))
                .statusCode(201);

        move(first, "LAND", "SUBMITTED", "2025-09-01", "用地申请材料已报送").statusCode(201)
                .body("approvals[0].submittedOn", equalTo("2025-09-01"));
        move(first, "LAND", "SUBMITTED", "2025-09-01", "用地申请材料已报送").statusCode(200);
        move(first, "LAND", "GRANTED", "2025-09-28", "用地批复已下达").statusCode(201)
                .body("approvals[0].grantedOn", equalTo("2025-09-28"));
        move(first, "LAND", "SUBMITTED", "2025-09-30", null).statusCode(409).body("detail", containsString("final"));
        move(first, "ENERGY", "SUBMITTED", "2025-09-30", null).statusCode(404);
        move(first, "FLOOD", "SUBMITTED", "2025-09-30", null).statusCode(404);
        // ENVIRONMENT is not yet due: its date moves; LAND is granted: it stays
        String moved = firstPlan.replace("2025-10-15", "2025-10-20");
        put(first, moved).statusCode(200).body("approvals[1].dueOn", equalTo("2025-10-20"));
        put(first, plan("王敏", "ENVIRONMENT", "2025-10-20")).statusCode(409).body("detail", containsString("LAND"));

        // by hand: 2 key projects; LAND granted; ENVIRONMENT, OTHER, PLANNING, CONSTRUCTION_PERMIT open; none late
        keyProjects("event=" + EVENT).body("projects", equalTo(2)).body("approvalsGranted", equalTo(1))
                .body("approvalsOpen", equalTo(4)).body("approvalsLate", equalTo(0));
        keyProjects("region=450500").body("projects", equalTo(1)).body("approvalsOpen", equalTo(2));

        overdueOnlyAfterTheDueDateAndOnce(first, second, alertsMark);

        // 12-01: second's CONSTRUCTION_PERMIT (due 11-30) is late too; the late ENVIRONMENT is granted at last
        MovableClock.moveTo(LocalDate.of(2025, 12, 1));
        approvalWatch.scan();
        assertThat(overdueSince(alertsMark, 3, first, second)).hasSize(3);
        move(first, "ENVIRONMENT", "GRANTED", "2025-11-15", "环评批复").statusCode(201)
                .body("approvals[1].lateSince", equalTo("2025-10-21"));
        // granted LAND, ENVIRONMENT; open OTHER, PLANNING, CONSTRUCTION_PERMIT, the last two late
        keyProjects("event=" + EVENT).body("projects", equalTo(2)).body("approvalsGranted", equalTo(2))
                .body("approvalsOpen", equalTo(3)).body("approvalsLate", equalTo(2));
        List<String> listed = asMonitor().get("/api/key-projects?region=450000&size=500").then().statusCode(200)
                .extract().jsonPath().getList("items.signingId", String.class);
        assertThat(listed.stream().filter(id -> id.equals(first.id().toString()) || id.equals(second.id().toString())))
                .as("the most late approvals first").containsExactly(second.id().toString(), first.id().toString());
        asMonitor().queryParam("entity", "key-plan:" + first.id()).get("/api/audit").then().body("total", equalTo(5))
                .body("items.action", containsInAnyOrder("key-plan.mark", "key-plan.approval", "key-plan.approval",
                        "key-plan.change", "key-plan.approval"));

        // first: marked, LAND twice, changed, ENVIRONMENT granted = 5; second: marked = 1; the watch: 10-21 both,
        // 12-01 second = 3; the same requests again and the refused ones published nothing
        List<String> ours = List.of(first.id().toString(), second.id().toString());
        plans.awaitMatching(plansMark, record -> ours.contains(record.key()), 9, WAIT);
        await().during(Duration.ofMillis(500)).atMost(WAIT).untilAsserted(() -> assertThat(plans.readToEnd(plansMark)
                .stream().filter(record -> ours.contains(record.key()))).hasSize(9));
        List<ConsumerRecord<String, String>> published = plans.readToEnd(plansMark).stream()
                .filter(record -> ours.contains(record.key())).toList();
        for (ConsumerRecord<String, String> record : published) {
            assertThat(ContractValidator.violations(EventTypes.KEY_PLAN_CHANGED,
                    EventPublisher.JSON.readTree(record.value()))).isEmpty();
        }
        assertThat(published.stream().filter(record -> first.id().toString().equals(record.key()))).hasSize(6);
    }

    /** 10-20 is the due date of first's ENVIRONMENT and second's PLANNING: no alert on it, one each from 10-21. */
    private void overdueOnlyAfterTheDueDateAndOnce(Signing first, Signing second, Map<TopicPartition, Long> mark) {
        approvalWatch.scan();
        MovableClock.moveTo(LocalDate.of(2025, 10, 20));
        approvalWatch.scan();
        approvalWatch.scan();
        await().during(Duration.ofMillis(500)).atMost(WAIT).untilAsserted(() ->
                assertThat(overdue(mark, first, second)).isEmpty());
        keyProjects("event=" + EVENT).body("approvalsLate", equalTo(0));
        asMonitor().get("/api/projects/" + first.id()).then().body("alerts.code", not(hasItem("APPROVAL_OVERDUE")));

        MovableClock.moveTo(LocalDate.of(2025, 10, 21));
        approvalWatch.scan();
        approvalWatch.scan();
        List<ConsumerRecord<String, String>> raised = overdueSince(mark, 2, first, second);
        assertThat(raised).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(first.id().toString(), second.id().toString());
        await().during(Duration.ofMillis(500)).atMost(WAIT).untilAsserted(() ->
                assertThat(overdue(mark, first, second)).hasSize(2));
        asMonitor().get("/api/projects/" + first.id()).then().body("alerts.code", hasItem("APPROVAL_OVERDUE"))
                .body("alerts.detail", hasItem(containsString("ENVIRONMENT approval due 2025-10-20")));
        asMonitor().get("/api/projects/" + first.id() + "/key-plan").then()
                .body("approvals[1].lateSince", equalTo("2025-10-21")).body("approvals[1].status", equalTo("NEEDED"));
        keyProjects("event=" + EVENT).body("approvalsLate", equalTo(2)).body("approvalsOpen", equalTo(4));
        // late now, ENVIRONMENT's date stays
        put(first, plan("王敏", "LAND", "2025-10-31", "ENVIRONMENT", "2025-11-30", "OTHER:林地使用许可", "2025-12-31"))
                .statusCode(409).body("detail", containsString("past its due date 2025-10-20"));
    }

    private List<ConsumerRecord<String, String>> overdueSince(Map<TopicPartition, Long> mark, int count,
                                                              Signing... projects) {
        await().atMost(WAIT).until(() -> overdue(mark, projects).size() >= count);
        return overdue(mark, projects);
    }

    /** APPROVAL_OVERDUE alerts of these projects since the mark. */
    private List<ConsumerRecord<String, String>> overdue(Map<TopicPartition, Long> mark, Signing... projects) {
        List<String> keys = List.of(projects).stream().map(project -> project.id().toString()).toList();
        return alerts.readToEnd(mark).stream().filter(record -> keys.contains(record.key()))
                .filter(record -> record.value().contains("APPROVAL_OVERDUE")).toList();
    }

}
