package cn.yanzhen.stack.demo;

import cn.yanzhen.platform.testing.ConsumerLag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Loads the demo into a running stack through the services' public APIs, as the people would: the
 * regional offices' capacity profiles, then the organiser's event and all its signings in one batch.
 * Safe to run again: existing profiles are kept and every signing is a duplicate.
 *
 * <p>Arguments: intake URL, capacity URL, matching URL, Kafka bootstrap servers; a service that is
 * not running is given as {@code -}.
 */
public final class DemoLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private DemoLoader() {
    }

    public static void main(String[] args) throws Exception {
        String intake = args[0];
        String capacity = args.length > 1 ? args[1] : "-";
        String matching = args.length > 2 ? args[2] : "-";
        String kafka = args.length > 3 ? args[3] : "127.0.0.1:9092";
        if (!"-".equals(capacity)) {
            loadProfiles(capacity);
            if (!"-".equals(matching)) {
                try (ConsumerLag lag = new ConsumerLag(kafka)) {
                    lag.awaitCaughtUp("yanzhen-matching", "yanzhen.region-capacity", PATIENCE);
                }
                System.out.println("  demo: matching has taken in every capacity profile");
            }
        }
        send("POST", intake + "/api/events", JSON.writeValueAsString(GuangxiDemo.event()),
                "event " + GuangxiDemo.EVENT_CODE);
        ArrayNode batch = JSON.createArrayNode();
        GuangxiDemo.signings().forEach(batch::add);
        send("POST", intake + "/api/events/" + GuangxiDemo.EVENT_CODE + "/signings/batch",
                JSON.writeValueAsString(batch), GuangxiDemo.SIGNINGS + " signings");
        if (!"-".equals(matching)) {
            reportVerdicts(matching);
        }
    }

    private static void loadProfiles(String capacity) throws Exception {
        int created = 0;
        for (Map.Entry<String, ObjectNode> profile : GuangxiProfiles.all().entrySet()) {
            String url = capacity + "/api/regions/" + profile.getKey();
            JsonNode region = JSON.readTree(send("GET", url, null, null));
            if (region.path("profile").isObject()) {
                continue;
            }
            send("PUT", url + "/capacity", JSON.writeValueAsString(profile.getValue()), null);
            created++;
        }
        System.out.printf("  demo: capacity profiles of Guangxi and its 14 prefectures (%d new)%n", created);
    }

    private static void reportVerdicts(String matching) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String event = "?event=" + GuangxiDemo.EVENT_CODE + "&size=1";
        while (JSON.readTree(send("GET", matching + "/api/matches" + event, null, null)).path("total").asLong()
                < GuangxiDemo.SIGNINGS) {
            if (Instant.now().isAfter(deadline)) {
                System.out.println("  demo: matching is still working through the signings");
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        StringBuilder verdicts = new StringBuilder();
        for (String verdict : new String[] {"RECOMMENDED", "ACCEPTABLE", "RISKY", "MISMATCH"}) {
            long count = JSON.readTree(send("GET", matching + "/api/matches" + event + "&verdict=" + verdict, null,
                    null)).path("total").asLong();
            verdicts.append(' ').append(verdict).append(' ').append(count);
        }
        System.out.println("  demo: all " + GuangxiDemo.SIGNINGS + " signings matched:" + verdicts);
    }

    private static String send(String method, String url, String body, String what) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " failed: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        if (what != null) {
            System.out.printf("  demo: %s → HTTP %d %s%n", what, response.statusCode(), response.body().length() > 160
                    ? response.body().substring(0, 160) + "…" : response.body());
        }
        return response.body();
    }
}
