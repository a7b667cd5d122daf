package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The fault suite's share of the pipeline (docs/contract.md §4.1.3): offices record leads, move them on, drop some
 * and link others to the batch's signings while intake and the broker are killed; with the figures and the events
 * they must leave, worked out from what was sent. A request whose answer a kill lost is sent again until answered:
 * the same request again changes nothing, so each change takes effect and is published once.
 */
final class PipelineLoad {

    static final int LEADS = 250;
    private static final int OFFICES = 4;
    private static final Duration WAIT = Duration.ofMinutes(5);

    /** One request to intake, under /api/leads. */
    private record Request(String path, String body) {
    }

    /** What a region's figures must show: its leads, by what became of them. */
    private static final class Expected {
        long leads;
        long amountYuan;
        long inNegotiation;
        long inNegotiationYuan;
        long converted;
        long dropped;
        final List<Long> daysToSigning = new ArrayList<>();
    }

    private final List<List<Request>> byLead = new ArrayList<>();
    private final Map<String, Expected> byRegion = new TreeMap<>();
    private final Map<String, String> finalStage = new HashMap<>();
    private int changes;

    private PipelineLoad() {
    }

    /** One lead for each of the signings given (registered ones of the batch, which nothing else links). */
    static PipelineLoad of(List<JsonNode> signings, LocalDate signed) {
        PipelineLoad load = new PipelineLoad();
        for (int i = 0; i < LEADS; i++) {
            load.lead(i, signings.get(i), signed);
        }
        return load;
    }

    private void lead(int i, JsonNode signing, LocalDate signed) {
        String id = "PL-" + i;
        String region = signing.get("destinationRegion").asText();
        long yuan = (i + 1) * 1_000_000L;
        LocalDate firstContact = signed.minusDays(100 + i % 50);
        ObjectNode lead = BadRequests.JSON.createObjectNode().put("leadId", id).put("projectName", "产业链招商项目" + i)
                .put("destinationRegion", region).put("industryCode", "3825").put("expectedInvestmentYuan", yuan)
                .put("officer", "投资促进局 专员" + i % 7).put("firstContactOn", firstContact.toString());
        lead.putObject("firm").put("name", "东部企业" + i).put("originRegion", "440300");
        List<Request> requests = new ArrayList<>(List.of(new Request("", lead.toString())));
        Expected expected = byRegion.computeIfAbsent(region, r -> new Expected());
        expected.leads++;
        expected.amountYuan += yuan;
        String stage = switch (i % 5) {
            case 1 -> move(requests, id, "NEGOTIATING", signed.minusDays(50), null);
            case 2 -> {
                move(requests, id, "NEGOTIATING", signed.minusDays(50), "企业来桂考察");
                yield move(requests, id, "INTENT", signed.minusDays(40), "签订投资意向书");
            }
            case 3 -> {
                expected.dropped++;
                yield move(requests, id, "DROPPED", signed.minusDays(30), "企业转投他处");
            }
            case 4 -> {
                requests.add(new Request("/" + id + "/conversion", "{\"signingId\": \"" + signing.get("id").asText()
                        + "\"}"));
                expected.converted++;
                expected.daysToSigning.add(ChronoUnit.DAYS.between(firstContact, signed));
                yield "SIGNED";
            }
            default -> "LEAD";
        };
        if (stage.equals("NEGOTIATING") || stage.equals("INTENT")) {
            expected.inNegotiation++;
            expected.inNegotiationYuan += yuan;
        }
        finalStage.put(id, stage);
        changes += requests.size();
        byLead.add(requests);
    }

    private static String move(List<Request> requests, String id, String stage, LocalDate on, String note) {
        ObjectNode body = BadRequests.JSON.createObjectNode().put("stage", stage).put("on", on.toString());
        if (note != null) {
            body.put("note", note);
        }
        requests.add(new Request("/" + id + "/transitions", body.toString()));
        return stage;
    }

    /** Sends every lead's requests in order, {@value #OFFICES} offices side by side, each until intake answers. */
    CompletableFuture<Void> sendAsync(RunningServices services) {
        return CompletableFuture.allOf(IntStream.range(0, OFFICES).mapToObj(office -> CompletableFuture.runAsync(() -> {
            for (int lead = office; lead < byLead.size(); lead += OFFICES) {
                byLead.get(lead).forEach(request -> sendUntilAnswered(services, request));
            }
        })).toArray(CompletableFuture[]::new));
    }

    private static void sendUntilAnswered(RunningServices services, Request request) {
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            int status = asAdmin().baseUri(services.url("intake")).contentType("application/json").body(request.body())
                    .post("/api/leads" + request.path()).statusCode();
            if (status / 100 == 4) {
                throw new AssertionError(request + " refused with " + status);
            }
            return status / 100 == 2;
        });
    }

    int changes() {
        return changes;
    }

    /** Each region's figures as sent, and every change on {@code yanzhen.pipeline} once, the last one as stored. */
    long verify(RunningServices services, String kafka) throws Exception {
        for (Map.Entry<String, Expected> region : byRegion.entrySet()) {
            Expected expected = region.getValue();
            JsonNode figures = BadRequests.JSON.readTree(asAdmin().baseUri(services.url("intake"))
                    .get("/api/pipeline/figures?scope=region:" + region.getKey()).asString());
            assertThat(figures.at("/leads/count").asLong()).as("leads of %s", region.getKey()).isEqualTo(expected.leads);
            assertThat(figures.at("/leads/amountYuan").asLong()).isEqualTo(expected.amountYuan);
            assertThat(figures.at("/inNegotiation/count").asLong()).isEqualTo(expected.inNegotiation);
            assertThat(figures.at("/inNegotiation/amountYuan").asLong()).isEqualTo(expected.inNegotiationYuan);
            assertThat(figures.at("/converted").asLong()).isEqualTo(expected.converted);
            assertThat(figures.at("/dropped").asLong()).isEqualTo(expected.dropped);
            assertThat(figures.at("/medianDaysToSigning").asLong()).isEqualTo(nearestRankMedian(expected.daysToSigning));
        }
        try (TopicReader pipeline = new TopicReader(kafka, Topics.PIPELINE.name())) {
            List<ConsumerRecord<String, String>> all = pipeline.readToEnd(Map.of());
            assertThat(all.stream().map(record -> TopicReader.header(record, "ce_id")).distinct().count())
                    .as("lead changes, each published once").isEqualTo(changes);
            Map<String, String> lastStage = new HashMap<>();
            for (ConsumerRecord<String, String> record : all) {
                lastStage.put(record.key(), BadRequests.JSON.readTree(record.value()).get("stage").asText());
            }
            assertThat(lastStage).as("each lead's last event").isEqualTo(finalStage);
            return all.size();
        }
    }

    private static long nearestRankMedian(List<Long> days) {
        List<Long> sorted = days.stream().sorted().toList();
        return sorted.get((sorted.size() + 1) / 2 - 1);
    }
}
