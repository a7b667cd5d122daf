package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.yanzhen.platform.testing.TopicReader;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class SigningBatchTest extends ReadsSigningsTopic {

    @Test
    void tenThousandCsvRowsInOneRequestBecomeTenThousandRecords() {
        String event = IntakeFixtures.newEvent();
        Map<TopicPartition, Long> mark = topic.mark();

        postCsv(event, CsvBodies.of(signings("BIG", 10_000))).then().statusCode(200)
                .body("accepted", equalTo(10_000)).body("duplicates", equalTo(0));

        List<ConsumerRecord<String, String>> records = topic.await(mark, 10_000);
        assertThat(records).hasSize(10_000);
        Set<String> eventIds = records.stream().map(record -> TopicReader.header(record, "ce_id"))
                .collect(Collectors.toSet());
        assertThat(eventIds).hasSize(10_000);
        assertThat(records.stream().map(ConsumerRecord::key).distinct().count()).isEqualTo(10_000);
        asMonitor().get("/api/events/" + event + "/signings?size=1").then().body("total", equalTo(10_000));
    }

    @Test
    void oneBadRowAmong500IsNamedAndNothingIsStoredOrPublished() {
        String event = IntakeFixtures.newEvent();
        List<ObjectNode> rows = signings("ALL-OR-NOTHING", 500);
        rows.get(216).put("investmentYuan", -1);
        Map<TopicPartition, Long> mark = topic.mark();

        postCsv(event, CsvBodies.of(rows)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("row 217: investmentYuan"))
                .body("detail", equalTo("1 of 500 rows are invalid; nothing was stored."));

        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(0));
        String marker = SigningApiTest.post(event, IntakeFixtures.signing("MARKER")).path("id");
        assertThat(topic.await(mark, 1)).extracting(ConsumerRecord::key).containsExactly(marker);
        assertThat(topic.countSince(mark)).isEqualTo(1);
    }

    @Test
    void everyBadRowIsListed() {
        String event = IntakeFixtures.newEvent();
        ArrayNode rows = IntakeFixtures.JSON.createArrayNode();
        signings("MANY-BAD", 5).forEach(rows::add);
        ((ObjectNode) rows.get(1)).put("signedOn", "2025-13-01").put("landHa", "lots");
        ((ObjectNode) rows.get(3)).remove("externalRef");
        ((ObjectNode) rows.get(4)).put("color", "red");

        postJson(event, rows).then().statusCode(400).body("errors.field", containsInAnyOrder(
                "row 2: signedOn", "row 2: landHa", "row 4: externalRef", "row 5: color"));
    }

    @Test
    void repeatedRowsCountAsDuplicatesAndConflictingOnesAreRefused() {
        String event = IntakeFixtures.newEvent();
        List<ObjectNode> first = signings("DUP", 3);
        ArrayNode firstBatch = IntakeFixtures.JSON.createArrayNode();
        first.forEach(firstBatch::add);
        postJson(event, firstBatch).then().statusCode(200).body("accepted", equalTo(3));

        ArrayNode again = IntakeFixtures.JSON.createArrayNode();
        first.forEach(again::add);
        again.add(first.get(0).deepCopy());
        again.add(IntakeFixtures.signing("DUP-NEW"));
        postJson(event, again).then().statusCode(200).body("accepted", equalTo(1)).body("duplicates", equalTo(4));

        ArrayNode conflicting = IntakeFixtures.JSON.createArrayNode();
        conflicting.add(IntakeFixtures.signing("DUP-NEWER"));
        conflicting.add(first.get(1).deepCopy().put("projectName", "另一个项目"));
        postJson(event, conflicting).then().statusCode(409).body("errors.field", contains("row 2: externalRef"));

        ArrayNode contradictory = IntakeFixtures.JSON.createArrayNode();
        contradictory.add(IntakeFixtures.signing("SAME-REF"));
        contradictory.add(IntakeFixtures.signing("SAME-REF"));
        postJson(event, contradictory).then().statusCode(400).body("errors.field", contains("row 2: externalRef"));

        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(4));
    }

    @Test
    void csvKeepsChineseTextQuotesAndCommasAndToleratesAByteOrderMark() {
        String event = IntakeFixtures.newEvent();
        ObjectNode signing = IntakeFixtures.signing("CSV-1").put("projectName", "年产5万吨\"锂电\"正极材料, 一期");
        String csv = "\uFEFF" + CsvBodies.of(List.of(signing));

        postCsv(event, csv).then().statusCode(200).body("accepted", equalTo(1));
        asMonitor().get("/api/events/" + event + "/signings").then()
                .body("items[0].projectName", equalTo("年产5万吨\"锂电\"正极材料, 一期"))
                .body("items[0].park", equalTo("铁山港工业区"))
                .body("items[0].landHa", equalTo(40.0f));
    }

    @Test
    void unreadableCsvIsRefusedAsAWhole() {
        String event = IntakeFixtures.newEvent();
        String header = String.join(",", SigningFields.NAMES);
        byte[] invalidUtf8 = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[invalidUtf8.length + 2];
        System.arraycopy(invalidUtf8, 0, body, 0, invalidUtf8.length);
        body[body.length - 2] = (byte) 0xC3;
        body[body.length - 1] = (byte) 0x28;

        postCsv(event, body).then().statusCode(400).body("errors.field", contains("body"));
        postCsv(event, header.replace(",park,", ",garden,") + "\r\n").then().statusCode(400)
                .body("errors.field", contains("column garden"));
        postCsv(event, header.replace("signedOn,", "") + "\r\n").then().statusCode(400)
                .body("errors.field", contains("column signedOn"));
        postCsv(event, header + "\r\n").then().statusCode(400).body("errors.field", contains("body"));
        postCsv(event, header + "\r\nA,B\r\n").then().statusCode(400).body("errors.field", hasItem("row 1: row"));
        postCsv(event, "").then().statusCode(400);
        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(0));
    }

    @Test
    void moreThanTenThousandRowsAreRefused() {
        String event = IntakeFixtures.newEvent();
        ArrayNode rows = IntakeFixtures.JSON.createArrayNode();
        ObjectNode template = IntakeFixtures.signing("X");
        IntStream.rangeClosed(1, 10_001).forEach(i -> rows.add(template.deepCopy().put("externalRef", "OVER-" + i)));

        postJson(event, rows).then().statusCode(400).body("errors.field", contains("body"));
        postJson(event, IntakeFixtures.JSON.createArrayNode()).then().statusCode(400);
        asOrganiser().contentType(ContentType.JSON).body("{\"externalRef\": \"x\"}")
                .post("/api/events/" + event + "/signings/batch").then().statusCode(400)
                .body("errors.field", contains("body"));
    }

    private static List<ObjectNode> signings(String prefix, int count) {
        List<ObjectNode> signings = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            signings.add(IntakeFixtures.signing(prefix + "-" + i).put("investmentYuan", 1_000_000L * i));
        }
        return signings;
    }

    private static Response postCsv(String event, String body) {
        return postCsv(event, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Response postCsv(String event, byte[] body) {
        return asOrganiser().contentType("text/csv; charset=UTF-8").body(body)
                .post("/api/events/" + event + "/signings/batch");
    }

    private static Response postJson(String event, ArrayNode rows) {
        return asOrganiser().contentType(ContentType.JSON).body(rows.toString())
                .post("/api/events/" + event + "/signings/batch");
    }
}
