package cn.yanzhen.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The fault suite's share of "developing well" (docs/contract.md §4.4.2, §4.7): projects go into production and report
 * a quarter's outcome amid the suite's other reports, and other projects get an obstacle ledger moved through every
 * status, all while tracking is killed; with the figures they must leave, worked out from what was sent.
 */
final class DevelopingWellLoad {

    static final int PROJECTS = 200;
    private static final String PERIOD = "2025-Q4";

    /** A request to tracking's ledger: the path under /api/projects/{signingId} and its body. */
    record Request(String signingId, String path, ObjectNode body) {
    }

    private final LocalDate signed;
    private final Map<String, List<ObjectNode>> reports = new HashMap<>();
    private final List<Request> ledger = new ArrayList<>();
    private final Map<String, String> finalStatus = new HashMap<>();
    private long jobs;
    private long expectedJobs;
    private long outputYuan;
    private long taxYuan;

    private DevelopingWellLoad(LocalDate signed) {
        this.signed = signed;
    }

    /**
     * @param commenced signings whose commencement the suite reports (the first {@link #PROJECTS} go into production)
     * @param untouched signings nothing else reports on (the first {@link #PROJECTS} get an obstacle each)
     */
    static DevelopingWellLoad of(List<JsonNode> commenced, List<JsonNode> untouched, LocalDate signed) {
        DevelopingWellLoad load = new DevelopingWellLoad(signed);
        for (int i = 0; i < PROJECTS; i++) {
            load.produce(commenced.get(i), i);
            load.obstruct(untouched.get(i), i);
        }
        return load;
    }

    /** The suite's reports with each producing project's own after its last, so they are sent amid the others. */
    List<Map.Entry<String, ObjectNode>> amid(List<Map.Entry<String, ObjectNode>> suiteReports) {
        List<Map.Entry<String, ObjectNode>> all = new ArrayList<>();
        for (int i = 0; i < suiteReports.size(); i++) {
            Map.Entry<String, ObjectNode> report = suiteReports.get(i);
            all.add(report);
            boolean lastOfItsProject = i + 1 == suiteReports.size()
                    || !suiteReports.get(i + 1).getKey().equals(report.getKey());
            if (lastOfItsProject) {
                reports.getOrDefault(report.getKey(), List.of()).forEach(own -> all.add(Map.entry(report.getKey(), own)));
            }
        }
        assertThat(all).hasSize(suiteReports.size() + 2 * PROJECTS);
        return all;
    }

    List<Request> ledger() {
        return ledger;
    }

    private void produce(JsonNode signing, int i) {
        String id = signing.get("id").asText();
        String ref = signing.get("externalRef").asText();
        long promised = signing.get("expectedJobs").asLong();
        long employed = promised * 3 / 4;
        long output = 1_000_000L * (i + 1);
        jobs += employed;
        expectedJobs += promised;
        outputYuan += output;
        taxYuan += output / 20;
        reports.put(id, List.of(
                BadRequests.JSON.createObjectNode().put("reportId", ref + "-P").put("type", "IN_PRODUCTION")
                        .put("on", signed.plusDays(90).toString()),
                BadRequests.JSON.createObjectNode().put("reportId", ref + "-O").put("type", "OUTCOME")
                        .put("period", PERIOD).put("jobs", employed).put("outputValueYuan", output)
                        .put("taxPaidYuan", output / 20)));
    }

    /**
     * Obstacle i: i % 4 == 0 taken in hand and resolved 20 + i / 4 days after it arose; i % 4 == 2 taken in hand;
     * i % 8 == 1 withdrawn; the rest left open.
     */
    private void obstruct(JsonNode signing, int i) {
        String id = signing.get("id").asText();
        String obstacle = "FAULT-OB-" + i;
        LocalDate opened = signed.plusDays(10);
        ledger.add(new Request(id, "/obstacles", BadRequests.JSON.createObjectNode().put("obstacleId", obstacle)
                .put("category", i % 2 == 0 ? "POWER" : "LAND").put("description", "故障注入测试的困难 " + i)
                .put("department", "测试市发展和改革委员会").put("openedOn", opened.toString())));
        String status = "OPEN";
        if (i % 4 == 0 || i % 4 == 2) {
            status = move(id, obstacle, "IN_PROGRESS", opened.plusDays(5), null);
        }
        if (i % 4 == 0) {
            status = move(id, obstacle, "RESOLVED", opened.plusDays(20 + i / 4), "已解决");
        } else if (i % 8 == 1) {
            status = move(id, obstacle, "WITHDRAWN", opened.plusDays(3), "企业自行解决");
        }
        finalStatus.put(obstacle, status);
    }

    private String move(String signingId, String obstacle, String status, LocalDate on, String note) {
        ObjectNode move = BadRequests.JSON.createObjectNode().put("status", status).put("on", on.toString());
        ledger.add(new Request(signingId, "/obstacles/" + obstacle + "/transitions",
                note == null ? move : move.put("note", note)));
        return status;
    }

    /** The event's and the nation's figures hold the outcomes and the ledger exactly. */
    void verify(JsonNode event, JsonNode national) {
        for (JsonNode figures : List.of(event, national)) {
            assertThat(figures.at("/inProduction/count").asLong()).isEqualTo(PROJECTS);
            JsonNode quarter = figures.at("/outcomes/0");
            assertThat(quarter.get("period").asText()).isEqualTo(PERIOD);
            assertThat(quarter.get("projects").asLong()).isEqualTo(PROJECTS);
            assertThat(quarter.get("jobs").asLong()).isEqualTo(jobs);
            assertThat(quarter.get("expectedJobs").asLong()).isEqualTo(expectedJobs);
            assertThat(quarter.get("jobsAgainstExpected").asLong()).isEqualTo(jobs);
            // Σ 1,000,000 × (i + 1) over i < 200 = 1,000,000 × 200 × 201 / 2
            assertThat(quarter.get("outputValueYuan").asLong()).isEqualTo(outputYuan).isEqualTo(20_100_000_000L);
            assertThat(quarter.get("taxPaidYuan").asLong()).isEqualTo(taxYuan).isEqualTo(1_005_000_000L);

            JsonNode obstacles = figures.get("obstacles");
            // 50 resolved (i % 4 == 0), 25 withdrawn (i % 8 == 1), 125 still open: 50 in hand and 75 untouched
            assertThat(obstacles.at("/open/count").asLong()).isEqualTo(125);
            assertThat(obstacles.at("/open/oldestSince").asText()).isEqualTo(signed.plusDays(10).toString());
            assertThat(obstacles.at("/openByCategory/POWER/count").asLong()).isEqualTo(50);
            assertThat(obstacles.at("/openByCategory/LAND/count").asLong()).isEqualTo(75);
            assertThat(obstacles.get("resolved").asLong()).isEqualTo(50);
            assertThat(obstacles.get("withdrawn").asLong()).isEqualTo(25);
            // the resolved took 20, 21, …, 69 days; the nearest-rank median of 50 is the 25th: 44
            assertThat(obstacles.get("medianDaysToResolve").asInt()).isEqualTo(44);
        }
    }

    /** The compacted topic's latest record of every obstacle is its final state; returns the records read. */
    long verifyTopic(String kafka) throws Exception {
        try (TopicReader topic = new TopicReader(kafka, "yanzhen.obstacles")) {
            List<ConsumerRecord<String, String>> records = topic.readToEnd(Map.of());
            Map<String, String> latest = new HashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                latest.put(record.key(), BadRequests.JSON.readTree(record.value()).get("status").asText());
            }
            assertThat(latest).isEqualTo(finalStatus);
            return records.size();
        }
    }
}
