package cn.yanzhen.dashboard.api;

import static cn.yanzhen.dashboard.LeadRecords.lead;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.dashboard.LeadRecords;
import cn.yanzhen.platform.testing.EventPublisher;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Leads arrive on the real broker as intake publishes them, a record that is no event among them; the pipeline's
 * tables count each lead where it stands now, and export as every table.
 */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class PipelineTablesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate FIRST_CONTACT = LocalDate.of(2025, 4, 1);

    @Test
    void theLatestRecordOfEachLeadCountsWhereItGoesAndTheTablesExportIt() {
        long version = asMonitor().get("/api/overview").then().statusCode(200).extract().jsonPath().getLong("version");
        LeadRecords signed = lead("CZ-1").to("451400", 600_000_000L).firstContact(FIRST_CONTACT);
        try (EventPublisher publisher = new EventPublisher(TestInfrastructure.endpoints().kafkaBootstrap())) {
            publish(publisher, signed.build());
            publish(publisher, signed.moved(LeadStage.NEGOTIATING, FIRST_CONTACT.plusDays(10)));
            publisher.publishRaw(new ProducerRecord<>(Topics.PIPELINE.name(), "CZ-broken", "{not an event"));
            publish(publisher, lead("CZ-2").to("451400", 200_000_000L).moved(LeadStage.INTENT, FIRST_CONTACT));
            publish(publisher, lead("LB-1").to("451300", 100_000_000L).moved(LeadStage.DROPPED, FIRST_CONTACT));
            publish(publisher, signed.signed(FIRST_CONTACT.plusDays(45)));
        }

        await().atMost(WAIT).untilAsserted(() -> asMonitor().get("/api/pipeline").then().statusCode(200)
                .body("'region:451400'.converted", equalTo(1))
                .body("'region:451400'.leads.count", equalTo(2))
                .body("'region:451400'.inNegotiation.amountYuan", equalTo(200_000_000))
                .body("'region:451400'.medianDaysToSigning", equalTo(45))
                .body("'region:451300'.conversionRate", equalTo(0.0f))
                .body("'region:451300'.medianDaysToSigning", nullValue())
                .body("'region:450000'.leads.amountYuan", equalTo(900_000_000)));
        asMonitor().get("/api/overview").then().body("version", greaterThan((int) version));

        asMonitor().queryParam("region", "450000").get("/api/tables/pipeline").then().statusCode(200)
                .body("title", equalTo("招商项目库 · 广西壮族自治区"))
                .body("rows.collect { it[0] }", contains("450000", "451300", "451400"));
        byte[] csv = asMonitor().queryParam("region", "450000").get("/api/tables/pipeline.csv").then()
                .statusCode(200).extract().asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFF地区代码,地区,对接企业,项目数,总投资（元）,在谈项目,在谈总投资（元）,已签约,已放弃,转化率,签约用时中位数（天）",
                "450000,广西壮族自治区,3,3,900000000,1,200000000,1,1,0.5,45",
                "451300,来宾市,1,1,100000000,0,0,0,1,0.0,",
                "451400,崇左市,2,2,800000000,1,200000000,1,0,1.0,45");
        asMonitor().queryParam("region", "451400").get("/api/tables/pipeline-stages").then().statusCode(200)
                .body("rows.collect { it[2] }", contains(0, 0, 1, 1, 0))
                .body("rows.collect { it[3] }", contains(0, 0, 200_000_000, 600_000_000, 0));
        asMonitor().queryParam("region", "451400").get("/api/tables/pipeline-stages.xlsx").then().statusCode(200)
                .contentType(TableResource.XLSX);
    }

    @Test
    void everyBadFieldOfAPipelineQueryIsNamedInOneProblem() {
        asMonitor().queryParam("region", "45").queryParam("event", "GX 2025").queryParam("from", "2025-01")
                .get("/api/tables/pipeline").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("event", "region", "from"));
        asMonitor().queryParam("to", "2025-13").get("/api/tables/pipeline-stages.csv").then().statusCode(400)
                .body("errors.field", contains("to"));
        asMonitor().queryParam("event", "GX").get("/api/tables/pipeline-stages.xlsx").then().statusCode(400)
                .body("errors[0].field", equalTo("event"));
    }

    private static void publish(EventPublisher publisher, Lead lead) {
        publisher.publish(Topics.PIPELINE.name(), EventTypes.LEAD_CHANGED, lead.leadId(), lead);
    }
}
