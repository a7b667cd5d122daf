package cn.yanzhen.dashboard.api;

import static cn.yanzhen.dashboard.LeadRecords.lead;
import static cn.yanzhen.dashboard.RegistryRecords.chain;
import static cn.yanzhen.dashboard.RegistryRecords.park;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.tracking.LandFigures.PeriodYield;
import cn.yanzhen.dashboard.StatsRecords;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Parks, chains, their figures and a chain's leads arrive on the real broker as intake and tracking publish them, a
 * record that is no event among them; a co-built park shows for its partner, and the tables export as every table.
 * Codes of their own (贵州's and 湖北's), so the other classes' records sharing the broker do not count here.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class ParkChainTablesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void parksAndChainsShowWithTheirFiguresAndExport() {
        try (EventPublisher publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap())) {
            publish(publisher, park("GZ-QDN", "黔东南工业园", "522600", Park.Level.PROVINCIAL, 9_000, 4_000, null));
            publisher.publishRaw(new ProducerRecord<>(Topics.PARKS.name(), "GZ-BROKEN", "{not an event"));
            publish(publisher, park("GZ-HBGZ", "湖北（贵州）共建园", "522600", Park.Level.MUNICIPAL, 3_000, 1_500.25,
                    "420000"));
            publisher.publish(Topics.STATS.name(), EventTypes.STATS, "park:GZ-QDN", StatsRecords.scope("park:GZ-QDN")
                    .signed(1, 300_000_000L).land(1, 100_000, 300_000_000L,
                            PeriodYield.of("2025", 1, 100_000, 450_000_000L, 15_000_000L)).build());
            publish(publisher, chain("GZ-BATTERY", "520000", "新能源电池产业链", List.of("3841"), List.of("宁德时代")));
            publisher.publish(Topics.STATS.name(), EventTypes.STATS, "chain:GZ-BATTERY",
                    StatsRecords.scope("chain:GZ-BATTERY").signed(2, 700_000_000L).commenced(1, 400_000_000L, 0.5)
                            .build());
            publish(publisher, lead("GZ-L1").chain("GZ-BATTERY").to("522600", 120_000_000L)
                    .moved(LeadStage.NEGOTIATING, LocalDate.of(2025, 5, 8)));
        }

        await().atMost(WAIT).untilAsserted(() -> asMonitor().queryParam("region", "520000").get("/api/tables/parks")
                .then().statusCode(200)
                .body("rows.collect { it[0] }", contains("GZ-HBGZ", "GZ-QDN"))
                .body("rows[1][10]", equalTo(1)));
        asMonitor().queryParam("region", "420000").get("/api/tables/parks").then().statusCode(200)
                .body("title", equalTo("园区 · 湖北省"))
                .body("rows.collect { it[0] + ' ' + it[7] }", contains("GZ-HBGZ 共建方"));
        byte[] csv = asMonitor().queryParam("region", "522600").get("/api/tables/parks.csv").then().statusCode(200)
                .extract().asByteArray();
        // 100,000 m² = 150 亩: 3亿 ÷ 150 = 200, output 4.5亿 ÷ 150 = 300, tax 1,500万 ÷ 150 = 10 万元/亩
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFF园区代码,园区,级别,所在地区代码,所在地区,共建方代码,共建方,计入方式,规划面积（亩）,可用面积（亩）,签约项目,"
                        + "签约额（元）,开工项目,完成投资（元）,已用地（亩）,投资强度（万元/亩）,最新期次,亩均产值（万元/亩）,"
                        + "亩均税收（万元/亩）",
                "GZ-HBGZ,湖北（贵州）共建园,市级,522600,黔东南苗族侗族自治州,420000,湖北省,本地,3000.00,1500.25,0,0,0,0,0.00,,,,",
                "GZ-QDN,黔东南工业园,省级,522600,黔东南苗族侗族自治州,,,本地,9000.00,4000.00,1,300000000,0,0,150.00,200.00,"
                        + "2025,300.00,10.00");

        await().atMost(WAIT).untilAsserted(() -> asMonitor().queryParam("region", "522600")
                .get("/api/tables/chains").then().statusCode(200)
                .body("rows", contains(List.of("GZ-BATTERY", "新能源电池产业链", "520000", "贵州省", "3841", "宁德时代", 2,
                        700_000_000, 1, 0, 1, 1, 120_000_000))));
        asMonitor().queryParam("region", "520000").get("/api/tables/chains.xlsx").then().statusCode(200)
                .contentType(TableResource.XLSX);
    }

    @Test
    void everyBadFieldOfAParkOrChainQueryIsNamedInOneProblem() {
        asMonitor().queryParam("region", "52").queryParam("event", "GZ").get("/api/tables/parks").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("region", "event"));
        asMonitor().queryParam("from", "2025-01").get("/api/tables/chains.csv").then().statusCode(400)
                .body("errors.field", contains("from"));
    }

    private static void publish(EventPublisher publisher, Park park) {
        publisher.publish(Topics.PARKS.name(), EventTypes.PARK_CHANGED, park.code(), park);
    }

    private static void publish(EventPublisher publisher, IndustrialChain chain) {
        publisher.publish(Topics.CHAINS.name(), EventTypes.CHAIN_CHANGED, chain.code(), chain);
    }

    private static void publish(EventPublisher publisher, Lead lead) {
        publisher.publish(Topics.PIPELINE.name(), EventTypes.LEAD_CHANGED, lead.leadId(), lead);
    }
}
