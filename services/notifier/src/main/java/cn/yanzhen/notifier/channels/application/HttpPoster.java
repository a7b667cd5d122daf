package cn.yanzhen.notifier.channels.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Posts JSON to a webhook; anything but a 2xx answer (or a robot's errcode other than 0) is a failure. */
@ApplicationScoped
class HttpPoster {

    private final HttpClient client;
    private final ObjectMapper json;
    private final Duration timeout;

    HttpPoster(ObjectMapper json, @ConfigProperty(name = "yanzhen.notifier.http-timeout") Duration timeout) {
        this.json = json;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the message cannot be written as JSON", e);
        }
    }

    /** Posts the body; returns the answer's body. */
    String post(String url, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ChannelFailure("cannot reach " + URI.create(url).getHost() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelFailure("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ChannelFailure("HTTP " + response.statusCode() + ": " + abbreviated(response.body()));
        }
        return response.body();
    }

    /** The WeCom and DingTalk robots answer 200 with {@code errcode} 0 when they took the message. */
    void requireRobotAccepted(String answer) {
        JsonNode node;
        try {
            node = json.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new ChannelFailure("the robot answered something other than JSON: " + abbreviated(answer));
        }
        if (node == null || node.path("errcode").asInt(-1) != 0) {
            throw new ChannelFailure("the robot refused the message: " + abbreviated(answer));
        }
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
