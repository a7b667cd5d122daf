package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Loads the demo into a running stack through intake's public API, as an organiser would: the
 * event, then all its signings in one batch. Safe to run again (everything is a duplicate then).
 *
 * <p>Argument: intake's base URL, e.g. {@code http://127.0.0.1:8081}.
 */
public final class DemoLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoLoader() {
    }

    public static void main(String[] args) throws Exception {
        String intake = args.length > 0 ? args[0] : "http://127.0.0.1:8081";
        post(intake + "/api/events", JSON.writeValueAsString(GuangxiDemo.event()), "event " + GuangxiDemo.EVENT_CODE);
        ArrayNode batch = JSON.createArrayNode();
        GuangxiDemo.signings().forEach(batch::add);
        post(intake + "/api/events/" + GuangxiDemo.EVENT_CODE + "/signings/batch", JSON.writeValueAsString(batch),
                GuangxiDemo.SIGNINGS + " signings");
    }

    private static void post(String url, String body, String what) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("loading " + what + " failed: HTTP " + response.statusCode()
                    + " " + response.body());
        }
        System.out.printf("  demo: %s → HTTP %d %s%n", what, response.statusCode(), response.body().length() > 200
                ? response.body().substring(0, 200) + "…" : response.body());
    }
}
