package cn.yanzhen.notifier.flow;

import static cn.yanzhen.notifier.NotifierFixtures.overdue;
import static cn.yanzhen.notifier.NotifierFixtures.signing;
import static cn.yanzhen.notifier.NotifierFixtures.stalled;
import static cn.yanzhen.notifier.NotifierFixtures.subscribe;
import static cn.yanzhen.notifier.NotifierFixtures.subscription;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.notifier.ReceiversResource;
import cn.yanzhen.notifier.RobotReceiver;
import cn.yanzhen.notifier.TestClock;
import cn.yanzhen.notifier.deliveries.application.DeliverySending;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.ManagementInterface;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Alerts arrive through the real broker and leave by a real SMTP server and a local robot receiver. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@WithTestResource(ReceiversResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationFlowTest {

    /** Health, metrics and OpenAPI: the management interface, a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> LATE = List.of("OVERDUE_COMMENCEMENT", "INVESTMENT_STALLED");

    @Inject
    DeliverySending sending;

    private EventPublisher publisher;
    private RobotReceiver robots;

    @BeforeAll
    void connect() {
        publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap());
        robots = ReceiversResource.robots();
    }

    @AfterAll
    void disconnect() {
        publisher.close();
    }

    @Test
    void nanningsSubscriptionsGetOneEmailAndOneRobotMessageAndBeihaisNone() throws Exception {
        TestClock.setTo(LocalDateTime.of(2026, 1, 5, 9, 0));
        subscribe(subscription(LATE, "450100", "EV-NN", "EMAIL", "nanning@office.test"));
        subscribe(subscription(LATE, "450100", "EV-NN", "DINGTALK", robots.url("/dingtalk/nanning"),
                "secret", RobotReceiver.DINGTALK_SECRET));
        subscribe(subscription(LATE, "450500", "EV-NN", "EMAIL", "beihai@office.test"));
        subscribe(subscription(LATE, "450500", "EV-NN", "WECOM", robots.url("/wecom/beihai")));
        Signing project = signing("EV-NN", "450100", "南宁电子信息产业园项目");
        TestClock.setTo(LocalDateTime.of(2026, 1, 6, 12, 0));
        Alert alert = overdue(project);
        // the alert before its signing, and again as a redelivery: still one message each
        String alertId = publisher.publish(Topics.ALERTS.name(), EventTypes.ALERT, project.id().toString(), alert);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, project.id().toString(), project);
        publisher.publish(Topics.ALERTS.name(), EventTypes.ALERT, project.id().toString(), alert, alertId);

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/alerts/" + alertId + "/deliveries").then()
                .statusCode(200).body("deliveries", hasSize(2)).body("deliveries.status", everyItem(equalTo("SENT"))));
        sending.sendDue();
        List<MimeMessage> toNanning = to("nanning@office.test");
        assertThat(toNanning).hasSize(1);
        assertThat(toNanning.get(0).getSubject()).isEqualTo("【雁阵预警】逾期未开工");
        assertThat(GreenMailUtil.getBody(toNanning.get(0))).isNotEmpty();
        assertThat(text(toNanning.get(0))).contains("南宁电子信息产业园项目", "广西壮族自治区南宁市", "2026-01-06 12:00",
                "not commenced by 2025-09-01", "https://yanzhen.test/projects/" + project.id());
        List<RobotReceiver.Received> dingTalk = robots.at("/dingtalk/nanning");
        assertThat(dingTalk).hasSize(1);
        assertThat(dingTalk.get(0).body()).contains("\"msgtype\":\"markdown\"", "南宁电子信息产业园项目", "逾期未开工");
        assertThat(to("beihai@office.test")).isEmpty();
        assertThat(robots.at("/wecom/beihai")).isEmpty();
    }

    @Test
    void aDigestCollectsADaysAlertsIntoOneMessageAtItsTime() throws Exception {
        TestClock.setTo(LocalDateTime.of(2026, 2, 2, 9, 0));
        subscribe(subscription(LATE, "450100", "EV-DIGEST", "EMAIL", "digest@office.test", "digestAt", "18:00",
                "language", "en"));
        Signing first = signing("EV-DIGEST", "450100", "First digest project");
        Signing second = signing("EV-DIGEST", "450100", "Second digest project");
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, first.id().toString(), first);
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, second.id().toString(), second);
        List<String> alertIds = List.of(
                publisher.publish(Topics.ALERTS.name(), EventTypes.ALERT, first.id().toString(), overdue(first)),
                publisher.publish(Topics.ALERTS.name(), EventTypes.ALERT, first.id().toString(), stalled(first)),
                publisher.publish(Topics.ALERTS.name(), EventTypes.ALERT, second.id().toString(), overdue(second)));
        alertIds.forEach(id -> await().atMost(WAIT).untilAsserted(() -> asMonitor()
                .get("/api/alerts/" + id + "/deliveries").then().statusCode(200)
                .body("deliveries.status", equalTo(List.of("PENDING")))));
        sending.sendDue();
        assertThat(to("digest@office.test")).isEmpty();

        TestClock.setTo(LocalDateTime.of(2026, 2, 2, 18, 0, 30));
        await().atMost(WAIT).until(() -> to("digest@office.test").size() == 1);
        MimeMessage digest = to("digest@office.test").get(0);
        assertThat(digest.getSubject()).isEqualTo("[Yanzhen alert] Daily alert digest 2026-02-02 (3)");
        assertThat(text(digest)).contains("First digest project", "Second digest project", "Commencement overdue",
                "Investment stalled");
        sending.sendDue();
        assertThat(to("digest@office.test")).hasSize(1);
    }

    @Test
    void aRobotDownThenBackGetsEachMessageOnce() {
        TestClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        String path = "/wecom/flaky";
        robots.takeDown(path);
        subscribe(subscription(LATE, "450000", "EV-DOWN", "WECOM", robots.url(path)));
        Signing project = signing("EV-DOWN", "450100", "断线重连项目");
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, project.id().toString(), project);
        List<String> alertIds = List.of(
                publisher.publish(Topics.ALERTS.name(), EventTypes.ALERT, project.id().toString(), overdue(project)),
                publisher.publish(Topics.ALERTS.name(), EventTypes.ALERT, project.id().toString(), stalled(project)));
        alertIds.forEach(id -> await().atMost(WAIT).untilAsserted(() -> asMonitor()
                .get("/api/alerts/" + id + "/deliveries").then().statusCode(200)
                .body("deliveries[0].status", equalTo("PENDING"))
                .body("deliveries[0].lastError", containsString("HTTP 503"))
                .body("deliveries[0].log[0].succeeded", equalTo(false))));
        ManagementInterface.given(management).get("/q/metrics").then().body(containsString("yanzhen_notifier_delivery_failures_total"));

        robots.bringBack(path);
        TestClock.advance(Duration.ofMinutes(1));
        alertIds.forEach(id -> await().atMost(WAIT).untilAsserted(() -> asMonitor()
                .get("/api/alerts/" + id + "/deliveries").then()
                .body("deliveries[0].status", equalTo("SENT")).body("deliveries[0].log", hasSize(2))));
        TestClock.advance(Duration.ofHours(2));
        sending.sendDue();
        assertThat(robots.at(path)).hasSize(2);
        assertThat(robots.at(path).stream().map(RobotReceiver.Received::body))
                .anyMatch(body -> body.contains("逾期未开工")).anyMatch(body -> body.contains("投资停滞"));
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(ReceiversResource.mail().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
