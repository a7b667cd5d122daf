package cn.yanzhen.tracking.figures;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import cn.yanzhen.tracking.SigningCopies;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Monthly series and windows of months (docs/contract.md §4.5.6) over a cohort in Fujian (350000: Fuzhou 350100,
 * Xiamen 350200), which no other test of tracking reads, in division 30; every expectation computed by hand.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthFiguresTest extends FiguresOnTheBroker {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EVENT = "EV-MONTHS";
    private static final String[] FIGURES = {"signed", "commenced", "inProduction", "reachedDesignCapacity",
        "verifiedCommenced", "verifiedInProduction"};

    @Test
    void aWindowAndTheMonthsInItAddUpToTheFiguresOfAllTime() throws Exception {
        // A: signed in January, commenced in March, in production in June, 达产 in November
        // B: signed in January, commenced in June; C: signed in April, 5千万 invested; D: signed in June, withdrawn;
        // E: signed in August in Xiamen
        Signing a = signing("350100", "2025-01-15", 400_000_000L);
        Signing b = signing("350100", "2025-01-28", 100_000_000L);
        Signing c = signing("350100", "2025-04-03", 200_000_000L);
        Signing d = signing("350100", "2025-06-30", 300_000_000L);
        Signing e = signing("350200", "2025-08-08", 500_000_000L);
        List.of(a, b, c, d, e).forEach(this::register);
        List.of(a, b, c, d, e).forEach(MonthFiguresTest::awaitProject);
        report(a, "{\"reportId\": \"MON-A1\", \"type\": \"COMMENCED\", \"on\": \"2025-03-10\"}");
        report(a, "{\"reportId\": \"MON-A2\", \"type\": \"IN_PRODUCTION\", \"on\": \"2025-06-20\"}");
        report(a, "{\"reportId\": \"MON-A3\", \"type\": \"REACHED_DESIGN_CAPACITY\", \"on\": \"2025-11-05\", "
                + "\"evidence\": [{\"kind\": \"PRODUCTION_LICENCE\", \"reference\": \"达产验收意见 2025-041\", "
                + "\"issuedOn\": \"2025-11-05\"}]}");
        report(b, "{\"reportId\": \"MON-B1\", \"type\": \"COMMENCED\", \"on\": \"2025-06-02\"}");
        report(c, "{\"reportId\": \"MON-C1\", \"type\": \"INVESTMENT\", \"cumulativeYuan\": 50000000, "
                + "\"asOf\": \"2025-09-30\"}");
        Map<TopicPartition, Long> mark = stats.mark();
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_WITHDRAWN, d.id().toString(),
                SigningCopies.withdrawn(d));
        await().atMost(WAIT).until(() -> asMonitor().get("/api/stats?event=" + EVENT).jsonPath()
                .getInt("withdrawn.count") == 1);

        // the event's months: January A and B (5亿), March A commenced, April C (2亿, 5千万 of it invested), June B
        // commenced and A in production, August E (5亿), November A's 达产; D left out, as signed leaves it
        JsonNode event = json(asMonitor().get("/api/stats?event=" + EVENT).asString());
        assertThat(event.get("months").findValuesAsText("period")).containsExactly("2025-01", "2025-03", "2025-04",
                "2025-06", "2025-08", "2025-11");
        tally(event.at("/months/0/signed"), 2, 500_000_000L);
        tally(event.at("/months/1/commenced"), 1, 400_000_000L);
        assertThat(event.at("/months/2/completedInvestmentYuan").asLong()).isEqualTo(50_000_000L);
        tally(event.at("/months/3/commenced"), 1, 100_000_000L);
        tally(event.at("/months/3/inProduction"), 1, 400_000_000L);
        tally(event.at("/months/5/reachedDesignCapacity"), 1, 400_000_000L);
        addsUpToAllTime(event);

        // the first half year, summed where the series is kept: 3 signed (7亿), 2 commenced (5亿), 1 in production
        JsonNode half = window("event=" + EVENT + "&from=2025-01&to=2025-06");
        assertThat(half.at("/total/period").asText()).isEqualTo("2025-01/2025-06");
        tally(half.at("/total/signed"), 3, 700_000_000L);
        tally(half.at("/total/commenced"), 2, 500_000_000L);
        tally(half.at("/total/inProduction"), 1, 400_000_000L);
        tally(half.at("/total/reachedDesignCapacity"), 0, 0);
        assertThat(half.at("/total/completedInvestmentYuan").asLong()).isEqualTo(50_000_000L);
        assertThat(half.get("months").findValuesAsText("period")).containsExactly("2025-01", "2025-03", "2025-04",
                "2025-06");
        sumsTo(half.get("months"), half.get("total"));
        // and the rest: E and A's 达产; both windows together are all time
        JsonNode rest = window("event=" + EVENT + "&from=2025-07");
        assertThat(rest.at("/total/period").asText()).isEqualTo("2025-07/..");
        tally(rest.at("/total/signed"), 1, 500_000_000L);
        tally(rest.at("/total/reachedDesignCapacity"), 1, 400_000_000L);
        JsonNode allTime = window("event=" + EVENT);
        assertThat(allTime.at("/total/period").asText()).isEqualTo("../..");
        assertThat(allTime.get("months")).isEqualTo(event.get("months"));
        sumsTo(allTime.get("months"), allTime.get("total"));

        // the cut of Fuzhou and division 30 (A, B and C) and of Fujian and 30 (E too)
        JsonNode fuzhou = json(asMonitor().get("/api/stats?region=350100&industry=30").asString());
        assertThat(fuzhou.get("scope").asText()).isEqualTo("region-industry:350100:30");
        tally(fuzhou.get("signed"), 3, 700_000_000L);
        tally(fuzhou.get("withdrawn"), 1, 300_000_000L);
        addsUpToAllTime(fuzhou);
        JsonNode fuzhouLater = window("region=350100&industry=30&from=2025-04&to=2025-12");
        tally(fuzhouLater.at("/total/signed"), 1, 200_000_000L);
        tally(fuzhouLater.at("/total/commenced"), 1, 100_000_000L);
        tally(fuzhouLater.at("/total/reachedDesignCapacity"), 1, 400_000_000L);
        JsonNode fujian = json(asMonitor().get("/api/stats?region=350000&industry=30").asString());
        tally(fujian.get("signed"), 4, 1_200_000_000L);
        addsUpToAllTime(fujian);

        // published on yanzhen.stats as the API answers it
        List<ConsumerRecord<String, String>> published = stats.awaitMatching(mark,
                record -> ("event:" + EVENT).equals(record.key()) && record.value().contains("\"withdrawn\":{\"count\":1"),
                1, WAIT);
        JsonNode last = json(published.get(published.size() - 1).value());
        assertThat(ContractValidator.violations(EventTypes.STATS, last)).isEmpty();
        assertThat(last.get("months")).isEqualTo(event.get("months"));
        List<ConsumerRecord<String, String>> cuts = stats.awaitMatching(mark,
                record -> "region-industry:350100:30".equals(record.key())
                        && record.value().contains("\"withdrawn\":{\"count\":1"), 1, WAIT);
        JsonNode cut = json(cuts.get(cuts.size() - 1).value());
        assertThat(ContractValidator.violations(EventTypes.STATS, cut)).isEmpty();
        assertThat(cut).isEqualTo(fuzhou);
    }

    @Test
    void aWindowThatIsNotAMonthOrEndsBeforeItBeginsOrOfABreakdownIsRefusedNamingTheParameter() {
        refused("from=2025-13", "from");
        refused("from=July", "from");
        refused("to=2025-7", "to");
        refused("from=2025-07&to=2025-01", "to");
        refused("event=" + EVENT + "&region=350100", "event");
        asMonitor().get("/api/stats?event=" + EVENT + "&region=350100&industry=30").then().statusCode(400)
                .body("errors.field", Matchers.equalTo(List.of("industry")));
    }

    /** Each figure of the months, summed, is the record's figure of all time of the same name. */
    private static void addsUpToAllTime(JsonNode record) {
        long signed = 0;
        long commenced = 0;
        long inProduction = 0;
        long completed = 0;
        for (JsonNode month : record.get("months")) {
            signed += month.at("/signed/investmentYuan").asLong();
            commenced += month.at("/commenced/count").asLong();
            inProduction += month.at("/inProduction/investmentYuan").asLong();
            completed += month.at("/completedInvestmentYuan").asLong();
        }
        assertThat(signed).isEqualTo(record.at("/signed/investmentYuan").asLong());
        assertThat(commenced).isEqualTo(record.at("/commenced/count").asLong());
        assertThat(inProduction).isEqualTo(record.at("/inProduction/investmentYuan").asLong());
        assertThat(completed).isEqualTo(record.at("/completedInvestmentYuan").asLong());
    }

    /** The months, figure by figure, add up to the window's total. */
    private static void sumsTo(JsonNode months, JsonNode total) {
        for (String figure : FIGURES) {
            for (String part : List.of("count", "investmentYuan")) {
                long sum = 0;
                for (JsonNode month : months) {
                    sum += month.path(figure).path(part).asLong();
                }
                assertThat(sum).as(figure + "." + part).isEqualTo(total.path(figure).path(part).asLong());
            }
        }
    }

    private static void refused(String query, String field) {
        asMonitor().get("/api/stats/window?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", Matchers.equalTo(List.of(field)));
    }

    private static JsonNode window(String query) throws Exception {
        return json(asMonitor().get("/api/stats/window?" + query).then().statusCode(200).extract().asString());
    }

    private static void tally(JsonNode tally, long count, long yuan) {
        assertThat(tally.get("count").asLong()).isEqualTo(count);
        assertThat(tally.get("investmentYuan").asLong()).isEqualTo(yuan);
    }

    private static JsonNode json(String text) throws Exception {
        return EventPublisher.JSON.readTree(text);
    }

    private static void report(Signing signing, String body) {
        asRegionalOffice("350000").contentType(ContentType.JSON).body(body)
                .post("/api/projects/" + signing.id() + "/progress").then().statusCode(201);
    }

    private void register(Signing signing) {
        publisher.publish(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), signing);
    }

    private static void awaitProject(Signing signing) {
        await().atMost(WAIT).until(() -> asMonitor().get("/api/projects/" + signing.id()).statusCode() == 200);
    }

    private static Signing signing(String destination, String signedOn, long yuan) {
        return new Signing(UUID.randomUUID(), EVENT, "REF-" + UUID.randomUUID(), "逐月项目",
                new Investor("福建逐月测试制造有限公司", "91350000MA2H1K7Q3C", "440300"), destination, null, "3041", yuan,
                LocalDate.parse(signedOn), null, null, null, null, SigningStatus.REGISTERED, Instant.now(), null, null,
                null);
    }
}
