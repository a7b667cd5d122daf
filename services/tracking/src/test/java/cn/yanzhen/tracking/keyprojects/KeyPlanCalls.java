package cn.yanzhen.tracking.keyprojects;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The calls the key-project tests make: a project registered as intake would, and a plan and its moves as Guangxi's office sends them. */
final class KeyPlanCalls {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String OFFICE = "450000";

    private KeyPlanCalls() {
    }

    /** A scope's key-project figures. */
    static ValidatableResponse keyProjects(String scope) {
        return asMonitor().get("/api/stats?" + scope).then().statusCode(200).rootPath("keyProjects");
    }

    /** A plan's body: the officer, then kind and due date pairs; {@code OTHER:名称} names an OTHER approval. */
    static String plan(String officer, String... kindsAndDueDates) {
        StringBuilder approvals = new StringBuilder();
        for (int i = 0; i < kindsAndDueDates.length; i += 2) {
            String[] kind = kindsAndDueDates[i].split(":");
            approvals.append(i == 0 ? "" : ", ").append("{\"kind\": \"").append(kind[0]).append('"')
                    .append(kind.length > 1 ? ", \"name\": \"" + kind[1] + "\"" : "")
                    .append(", \"dueOn\": \"").append(kindsAndDueDates[i + 1]).append("\"}");
        }
        return "{\"officer\": \"" + officer + "\", \"approvals\": [" + approvals + "]}";
    }

    static ValidatableResponse put(Signing signing, String body) {
        return office().body(body).put("/api/projects/" + signing.id() + "/key-plan").then();
    }

    static ValidatableResponse move(Signing signing, String kind, String status, String on, String note) {
        return office().body("{\"status\": \"" + status + "\", \"on\": \"" + on + "\""
                        + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}")
                .post("/api/projects/" + signing.id() + "/key-plan/approvals/" + kind).then();
    }

    /** Guangxi's regional office, whose region holds every destination of these tests. */
    static RequestSpecification office() {
        return asRegionalOffice(OFFICE).contentType(ContentType.JSON);
    }

    /** A signing of 2025-07-20 published as intake registers it (a repeat of another when {@code repeatOf} is given). */
    static Signing register(EventPublisher publisher, String destination, String event, Signing.RepeatOf repeatOf) {
        Signing signing = new Signing(UUID.randomUUID(), event, "REF-" + UUID.randomUUID(),
                "铝基新材料产业园项目", new Investor("上海市测试材料有限公司", "91310000MA1FL4QX2B", "310000"), destination,
                null, "3216", 2_000_000_000L, LocalDate.of(2025, 7, 20), null, null, null, null,
                SigningStatus.REGISTERED, Instant.now(), null, repeatOf, null);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
        return signing;
    }
}
