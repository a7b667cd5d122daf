package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.intake.domain.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A sustained load on replicated services: signings posted in small batches, one every interval, and
 * progress reports on a third of them as soon as intake lists them, each request sent to one replica and
 * sent again to the other while that one is down. Signing i (from 1) invests 10,000,000 + 10,000·i yuan;
 * every third (i % 3 == 0) was due to commence on 2025-09-01 and never reports, so it is overdue; the
 * ones after those (i % 3 == 1) report COMMENCED and an investment; the rest plan to commence in 2027.
 */
final class ClusterLoad {

    static final String EVENT = "2025-REPLICAS";
    static final int BATCHES = 40;
    static final int BATCH_SIZE = 10;
    static final int SIGNINGS = BATCHES * BATCH_SIZE;
    static final List<String> REGIONS = List.of("450100", "450200", "450500", "450700", "451000");
    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final Duration BETWEEN_BATCHES = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofMinutes(5);
    /** A day that has passed wherever the services' clock is. */
    private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    private final List<String> intakes;
    private final List<String> trackings;
    private final AtomicInteger batchesSent = new AtomicInteger();
    private final AtomicInteger reportsSent = new AtomicInteger();
    private volatile CompletableFuture<Void> posting;

    ClusterLoad(List<String> intakes, List<String> trackings) {
        this.intakes = intakes;
        this.trackings = trackings;
    }

    static long investment(int i) {
        return 10_000_000L + 10_000L * i;
    }

    static boolean overdue(int i) {
        return i % 3 == 0;
    }

    static boolean reported(int i) {
        return i % 3 == 1;
    }

    /** Starts posting signings and reports; the future completes once every one was accepted, or one failed. */
    CompletableFuture<Void> start() {
        posting = CompletableFuture.runAsync(this::postSignings);
        CompletableFuture<Void> reporting = CompletableFuture.runAsync(this::postReports);
        return CompletableFuture.allOf(posting, reporting);
    }

    /** Between 0 and 1: how much of the signings has been accepted. */
    double progress() {
        return (double) batchesSent.get() / BATCHES;
    }

    int reports() {
        return reportsSent.get();
    }

    private void postSignings() {
        for (int batch = 0; batch < BATCHES; batch++) {
            ArrayNode signings = Fixtures.JSON.createArrayNode();
            for (int i = batch * BATCH_SIZE + 1; i <= (batch + 1) * BATCH_SIZE; i++) {
                signings.add(signing(i));
            }
            sendUntilAccepted(intakes, batch, "POST", "/api/events/" + EVENT + "/signings/batch", signings.toString());
            batchesSent.incrementAndGet();
            pause(BETWEEN_BATCHES);
        }
    }

    /** Reports on each signing with i % 3 == 1 once intake lists it, until all are reported. */
    private void postReports() {
        Set<String> done = new HashSet<>();
        long expected = IntStream.rangeClosed(1, SIGNINGS).filter(ClusterLoad::reported).count();
        while (done.size() < expected) {
            if (posting.isCompletedExceptionally()) {
                posting.join(); // the reports wait for signings that will not come: fail with the signings' cause
            }
            for (JsonNode signing : listed()) {
                String ref = signing.get("externalRef").asText();
                if (reported(Integer.parseInt(ref.substring(2))) && done.add(ref)) {
                    report(signing.get("id").asText(), ref);
                }
            }
            pause(Duration.ofMillis(500));
        }
    }

    private void report(String signingId, String ref) {
        String path = "/api/projects/" + signingId + "/progress";
        sendUntilAccepted(trackings, reportsSent.get(), "POST", path, Fixtures.JSON.createObjectNode()
                .put("reportId", ref + "-C").put("type", "COMMENCED").put("on", YESTERDAY.toString()).toString());
        reportsSent.incrementAndGet();
        sendUntilAccepted(trackings, reportsSent.get(), "POST", path, Fixtures.JSON.createObjectNode()
                .put("reportId", ref + "-I").put("type", "INVESTMENT")
                .put("cumulativeYuan", investment(Integer.parseInt(ref.substring(2))) / 10)
                .put("asOf", YESTERDAY.toString()).toString());
        reportsSent.incrementAndGet();
    }

    /** The event's signings as whichever intake replica answers lists them. */
    private JsonNode listed() {
        AtomicInteger attempt = new AtomicInteger();
        JsonNode[] page = new JsonNode[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            String intake = intakes.get(attempt.getAndIncrement() % intakes.size());
            page[0] = Fixtures.JSON.readTree(asAdmin().baseUri(intake)
                    .get("/api/events/" + EVENT + "/signings?size=500&page=0").asString()).get("items");
            return page[0] != null;
        });
        return page[0];
    }

    /**
     * Sends to replica {@code turn % n}; while it does not answer, or answers 5xx, to the next. A request
     * sent again is idempotent: same batch, same report id (docs/contract.md §4.0).
     */
    private static void sendUntilAccepted(List<String> replicas, int turn, String method, String path, String body) {
        AtomicInteger attempt = new AtomicInteger(turn);
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
            String replica = replicas.get(attempt.getAndIncrement() % replicas.size());
            int status;
            try {
                status = asAdmin().baseUri(replica).contentType("application/json").body(body).request(method, path)
                        .statusCode();
            } catch (Exception down) { // RestAssured throws ConnectException unchecked, as Groovy does
                return false;
            }
            if (status / 100 == 4 && status != 404) {
                throw new AssertionError(method + " " + path + " refused with " + status + ": " + body);
            }
            return status / 100 == 2;
        });
    }

    private static ObjectNode signing(int i) {
        String[] industries = {"3825", "3841", "1810", "1340", "3216", "3670", "2110", "3974"};
        ObjectNode signing = Fixtures.JSON.createObjectNode()
                .put("externalRef", String.format("R-%04d", i))
                .put("projectName", "副本测试项目" + i)
                .put("destinationRegion", REGIONS.get(i % REGIONS.size()))
                .put("industryCode", industries[i % industries.length])
                .put("investmentYuan", investment(i))
                .put("signedOn", SIGNED.toString())
                .put("expectedJobs", 50 + i % 200)
                .put("landHa", 0.5 + (i % 10) / 10.0)
                .put("energyGwhPerYear", 1.0 + i % 5)
                .put("plannedCommencement", overdue(i) ? "2025-09-01" : "2027-12-31");
        signing.putObject("investor").put("name", "深圳市副本测试有限公司")
                .put("creditCode", CreditCode.complete(String.format("914403%010d", 50_000 + i)))
                .put("originRegion", "440300");
        return signing;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
