package cn.yanzhen.dashboard.api;

import static cn.yanzhen.dashboard.StatsRecords.tally;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.tracking.PeriodFigures;
import cn.yanzhen.dashboard.StatsRecords;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An event's months arrive on the real broker; the trend and window tables cut them to the months asked for. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class TrendTablesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aWindowOfAnEventIsTheSumOfItsMonthsAndExportsAsTheTable() {
        String code = "TR-" + UUID.randomUUID().toString().substring(0, 8);
        List<PeriodFigures> months = List.of(
                new PeriodFigures("2025-07", tally(2, 800_000_000L), tally(1, 300_000_000L), tally(0, 0), tally(0, 0),
                        tally(0, 0), tally(0, 0), 50_000_000L),
                new PeriodFigures("2025-10", tally(1, 200_000_000L), tally(1, 500_000_000L), tally(1, 300_000_000L),
                        tally(0, 0), tally(1, 300_000_000L), tally(0, 0), 0));
        try (EventPublisher publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap())) {
            publisher.publish(Topics.STATS.name(), EventTypes.STATS, "event:" + code, StatsRecords
                    .scope("event:" + code).signed(3, 1_000_000_000L).months(months.toArray(PeriodFigures[]::new))
                    .build());
        }

        await().atMost(WAIT).untilAsserted(() -> asMonitor().queryParam("event", code).get("/api/tables/trend")
                .then().statusCode(200).body("rows.size()", equalTo(4)).body("rows[1][0]", equalTo("2025-08")));
        asMonitor().queryParam("event", code).queryParam("from", "2025-08").get("/api/tables/window").then()
                .statusCode(200).body("title", equalTo("时段合计 · 活动 " + code + " · 2025-08/.."))
                .body("rows[0][0]", equalTo("2025-08/..")).body("rows[0][1]", equalTo(1))
                .body("rows[0][4]", equalTo(500_000_000));
        byte[] csv = asMonitor().queryParam("event", code).queryParam("from", "2025-07").queryParam("to", "2025-10")
                .get("/api/tables/window.csv").then().statusCode(200).extract().asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().toList().get(1))
                .isEqualTo("2025-07/2025-10,3,1000000000,2,800000000,1,300000000,0,0,1,300000000,0,0,50000000");
    }

    @Test
    void badMonthsAndTwoScopesAreProblemsNamingTheField() {
        asMonitor().queryParam("from", "2025-13").get("/api/tables/window").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        asMonitor().queryParam("to", "July").get("/api/tables/trend.xlsx").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        asMonitor().queryParam("from", "2025-07").queryParam("to", "2025-06").get("/api/tables/window.csv").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        asMonitor().queryParam("event", "GX").queryParam("region", "450000").get("/api/tables/trend").then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
        asMonitor().queryParam("from", "2025-7").queryParam("to", "soon").queryParam("event", "GX")
                .queryParam("region", "450000").get("/api/tables/trend").then().statusCode(400)
                .body("errors.field", contains("from", "to", "region"));
        asMonitor().get("/api/tables/region-prefectures").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }
}
