package cn.yanzhen.notifier;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records the notifier's tests publish and the subscriptions they make. */
public final class NotifierFixtures {

    private NotifierFixtures() {
    }

    public static Signing signing(String event, String region, String projectName) {
        return new Signing(UUID.randomUUID(), event, "REF-" + UUID.randomUUID(), projectName,
                new Investor("深圳市测试有限公司", "91350100M000100Y43", "440300"), region, null, "3825", 500_000_000L,
                LocalDate.of(2025, 3, 1), null, null, null, LocalDate.of(2025, 9, 1), SigningStatus.REGISTERED,
                Instant.parse("2025-03-01T02:00:00Z"), null, null, null);
    }

    public static Alert overdue(Signing signing) {
        return new Alert(Alert.AlertCode.OVERDUE_COMMENCEMENT, Alert.Severity.WARNING, signing.id().toString(),
                "not commenced by " + signing.plannedCommencement(), TestClock.current());
    }

    public static Alert stalled(Signing signing) {
        return new Alert(Alert.AlertCode.INVESTMENT_STALLED, Alert.Severity.WARNING, signing.id().toString(),
                "cumulative investment 0 yuan has not grown since 2025-06-01", TestClock.current());
    }

    /** A subscription body: codes, region and event, channel and target; more fields as key, value pairs. */
    public static Map<String, Object> subscription(List<String> codes, String region, String event, String channel,
                                                   String target, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertCodes", codes);
        body.put("regionCode", region);
        body.put("eventCode", event);
        body.put("channel", channel);
        body.put("target", target);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** Subscribes as an admin; returns the subscription's id. */
    public static String subscribe(Map<String, Object> body) {
        return post(asAdmin(), body).then().statusCode(201).extract().path("id");
    }

    public static io.restassured.response.Response post(RequestSpecification as, Object body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/subscriptions");
    }
}
