package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.FreePort;
import cn.yanzhen.platform.testing.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The notifier killed with SIGKILL in the middle of a burst of 1,000 alerts: once it is back, every alert
 * has reached the webhook, none twice but the one message that may have been in flight at the kill
 * (sent, its outcome not yet recorded: at least once, contract §4.8). One of the crash suites (-Pfaults):
 * 47 s on a quiet 2-core machine.
 */
@Tag("faults")
class NotifierKillIT {

    private static final int ALERTS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyAlertOfABurstIsDeliveredOnceThoughTheNotifierIsKilledMidway() throws Exception {
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePort.pick()), 0);
        webhook.createContext("/hook", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            body.path("alerts").forEach(alert -> received.computeIfAbsent(alert.path("alertId").asText(),
                    id -> new AtomicInteger()).incrementAndGet());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        try (RunningServices services = RunningServices.start(Map.of("yanzhen.notifier.send-every", "1s",
                "yanzhen.notifier.claim-lease", "PT3S"), "notifier");
             EventPublisher publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap())) {
            asAdmin().baseUri(services.url("notifier")).contentType("application/json")
                    .body(Map.of("alertCodes", List.of("OVERDUE_COMMENCEMENT"), "regionCode", "450000",
                            "channel", "WEBHOOK", "target", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook",
                            "secret", "burst-secret"))
                    .post("/api/subscriptions").then().statusCode(201);
            Signing project = signing();
            publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, project.id().toString(), project);
            Set<String> alertIds = new HashSet<>();
            IntStream.range(0, ALERTS).forEach(i -> alertIds.add(publisher.publish(Topics.ALERTS.name(),
                    EventTypes.ALERT, project.id().toString(), new Alert(Alert.AlertCode.OVERDUE_COMMENCEMENT,
                            Alert.Severity.WARNING, project.id().toString(), "burst " + i, Instant.now()))));

            await().atMost(Duration.ofMinutes(2)).until(() -> received.size() >= ALERTS / 4);
            services.killAndRestart("notifier");

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> received.keySet().containsAll(alertIds));
            long twice = received.values().stream().filter(count -> count.get() > 1).count();
            assertThat(received.values()).allSatisfy(count -> assertThat(count.get()).isLessThanOrEqualTo(2));
            assertThat(twice).as("messages sent again: only one can be in flight at the kill").isLessThanOrEqualTo(1);
            assertThat(services.queryNumber("select count(*) from notifier.delivery where status = 'SENT'"))
                    .isEqualTo(ALERTS);
        } finally {
            webhook.stop(0);
        }
    }

    private static Signing signing() {
        return new Signing(UUID.randomUUID(), "2025-BURST", "REF-BURST", "通知压测项目",
                new Investor("深圳市测试有限公司", "91350100M000100Y43", "440300"), "450100", null, "3825",
                100_000_000L, LocalDate.of(2025, 3, 1), null, null, null, LocalDate.of(2025, 9, 1),
                SigningStatus.REGISTERED, Instant.now(), null, null, null);
    }
}
