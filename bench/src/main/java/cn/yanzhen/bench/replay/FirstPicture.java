package cn.yanzhen.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether the dashboard shows the replayed history's final picture: the figures of everything, the last event's
 * prefecture breakdown and overdue list, and a full alert feed, as its API answers them to a monitor.
 */
final class FirstPicture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String dashboard;
    private final String token;
    private final Expected expected;

    /** What the final picture holds. */
    record Expected(long signed, long commenced, String lastEvent, int prefectures, int overdueListed, int alerts) {
    }

    FirstPicture(String dashboard, String token, Expected expected) {
        this.dashboard = dashboard;
        this.token = token;
        this.expected = expected;
    }

    /** True once every part of the picture is final; false while the dashboard starts or catches up. */
    boolean shown() {
        try {
            JsonNode all = get("/api/overview").path("all");
            return all.path("signed").path("count").asLong() == expected.signed()
                    && all.path("commenced").path("count").asLong() == expected.commenced()
                    && rows("/api/tables/event-prefectures?event=" + expected.lastEvent()) == expected.prefectures()
                    && rows("/api/tables/event-overdue?event=" + expected.lastEvent()) == expected.overdueListed()
                    && rows("/api/tables/alerts") == expected.alerts();
        } catch (IOException | IllegalStateException notYet) {
            return false;
        }
    }

    private int rows(String path) throws IOException {
        return get(path).path("rows").size();
    }

    private JsonNode get(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(dashboard + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
