package cn.yanzhen.stack;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deploy/local/stack dlq}: each running service's dead letters, and their replay, through the
 * services' admin endpoints (docs/contract.md §6.5) with an admin token of the stack's key.
 *
 * <pre>
 *   KEYS list SERVICE=URL...                         every service's dead-letter topics and dead letters
 *   KEYS replay DLQ [--ce-id ID] SERVICE=URL...      each service that has DLQ replays its own dead letters
 * </pre>
 */
public final class DeadLetterTool {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int REASON_WIDTH = 100;

    private final String token;

    private DeadLetterTool(String token) {
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.size() < 2) {
            fail("usage: KEYS list SERVICE=URL... | KEYS replay DLQ [--ce-id ID] SERVICE=URL...");
        }
        String token = TokenTool.minter(Path.of(rest.remove(0)))
                .mint(TokenRequest.of("stack-operator", Roles.ADMIN), Instant.now());
        DeadLetterTool tool = new DeadLetterTool(token);
        String command = rest.remove(0);
        if (command.equals("list")) {
            rest.forEach(tool::list);
        } else if (command.equals("replay") && !rest.isEmpty()) {
            String dlq = rest.remove(0);
            String eventId = null;
            if (!rest.isEmpty() && rest.get(0).equals("--ce-id")) {
                rest.remove(0);
                eventId = rest.isEmpty() ? null : rest.remove(0);
                if (eventId == null) {
                    fail("--ce-id needs the event's ce_id");
                }
            }
            String query = eventId == null ? "" : "?ceId=" + URLEncoder.encode(eventId, StandardCharsets.UTF_8);
            long replayers = rest.stream().filter(service -> tool.replay(service, dlq, query)).count();
            if (replayers == 0) {
                System.out.println("no running service has dead letters on " + dlq + " (deploy/local/stack dlq list)");
            }
        } else {
            fail("unknown command " + command + " (list, replay DLQ [--ce-id ID])");
        }
    }

    private void list(String service) {
        String name = service.substring(0, service.indexOf('='));
        for (JsonNode queue : call(service, "GET", "").get("items")) {
            System.out.printf("%-9s %-28s %s, %d of them %s's, %d waiting for a replay%n", name,
                    queue.get("dlq").asText(), records(queue.get("records").asLong()), queue.get("letters").size(), name,
                    queue.get("waiting").asLong());
            for (JsonNode letter : queue.get("letters")) {
                System.out.printf("  %d@%-4d %-8s %-24s ce_id %s%n%s", letter.get("partition").asInt(),
                        letter.get("offset").asLong(), letter.get("replayed").asBoolean() ? "replayed" : "waiting",
                        letter.get("ceType").asText(), letter.get("ceId").asText(), wrapped(letter.get("reason").asText()));
            }
        }
    }

    /** True when the service has dead letters of its own on the topic, which it was asked to replay. */
    private boolean replay(String service, String dlq, String query) {
        String name = service.substring(0, service.indexOf('='));
        boolean has = false;
        for (JsonNode queue : call(service, "GET", "").get("items")) {
            has |= queue.get("dlq").asText().equals(dlq) && !queue.get("letters").isEmpty();
        }
        if (!has) {
            return false;
        }
        JsonNode replay = call(service, "POST", "/" + URLEncoder.encode(dlq, StandardCharsets.UTF_8) + "/replay" + query);
        System.out.printf("%-9s %s → %s: replayed %d %s, %d already replayed, %d without ce_id; %d waiting%n", name,
                dlq, replay.get("topic").asText(), replay.get("replayed").size(), replay.get("replayed"),
                replay.get("alreadyReplayed").asInt(), replay.get("withoutCeId").asInt(), replay.get("waiting").asLong());
        return true;
    }

    private static String records(long count) {
        return count == 1 ? "1 record" : count + " records";
    }

    /** The whole reason, indented: what failed comes first and why often only at its end. */
    private static String wrapped(String reason) {
        StringBuilder lines = new StringBuilder();
        StringBuilder line = new StringBuilder("     ");
        for (String word : reason.strip().split("\\s+")) {
            if (line.length() + 1 + word.length() > REASON_WIDTH && line.length() > 5) {
                lines.append(line).append(System.lineSeparator());
                line = new StringBuilder("     ");
            }
            line.append(' ').append(word);
        }
        return lines.append(line).append(System.lineSeparator()).toString();
    }

    private JsonNode call(String service, String method, String path) {
        String url = service.substring(service.indexOf('=') + 1) + "/api/admin/dead-letters" + path;
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                fail(method + " " + url + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            fail(method + " " + url + ": " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void fail(String message) {
        System.err.println("dlq: " + message);
        System.exit(1);
    }
}
