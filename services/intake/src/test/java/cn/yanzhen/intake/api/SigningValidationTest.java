package cn.yanzhen.intake.api;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One failing input per validation rule: each is a 400 problem naming the field, and stores nothing. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class SigningValidationTest {

    private static final String TOMORROW = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

    static Stream<Arguments> badSignings() {
        return Stream.of(
                bad("externalRef", "missing", s -> s.remove("externalRef")),
                bad("externalRef", "longer than 64", s -> s.put("externalRef", "R".repeat(65))),
                bad("projectName", "missing", s -> s.remove("projectName")),
                bad("projectName", "blank", s -> s.put("projectName", "   ")),
                bad("projectName", "control characters", s -> s.put("projectName", "项目\u0000")),
                bad("projectName", "not a string", s -> s.put("projectName", 12)),
                bad("investor.name", "missing", s -> investor(s).remove("name")),
                bad("investor.creditCode", "missing", s -> investor(s).remove("creditCode")),
                bad("investor.creditCode", "wrong check character",
                        s -> investor(s).put("creditCode", "91350100M000100Y44")),
                bad("investor.creditCode", "wrong organisation check",
                        s -> investor(s).put("creditCode", "91350100M000200Y43")),
                bad("investor.creditCode", "letter outside the alphabet",
                        s -> investor(s).put("creditCode", "91350100M000100I43")),
                bad("investor.creditCode", "17 characters", s -> investor(s).put("creditCode", "91350100M000100Y4")),
                bad("investor.originRegion", "unknown code", s -> investor(s).put("originRegion", "999999")),
                bad("investor", "not an object", s -> s.put("investor", "深圳某公司")),
                bad("investor.shareholder", "unknown nested field", s -> investor(s).put("shareholder", "x")),
                bad("destinationRegion", "missing", s -> s.remove("destinationRegion")),
                bad("destinationRegion", "unknown code", s -> s.put("destinationRegion", "450599")),
                bad("destinationRegion", "not six digits", s -> s.put("destinationRegion", "4505")),
                bad("park", "longer than 100", s -> s.put("park", "园".repeat(101))),
                bad("industryCode", "missing", s -> s.remove("industryCode")),
                bad("industryCode", "public administration", s -> s.put("industryCode", "9210")),
                bad("industryCode", "unknown division", s -> s.put("industryCode", "98")),
                bad("industryCode", "one digit", s -> s.put("industryCode", "3")),
                bad("industryCode", "five digits", s -> s.put("industryCode", "38251")),
                bad("industryCode", "letters", s -> s.put("industryCode", "C38")),
                bad("investmentYuan", "missing", s -> s.remove("investmentYuan")),
                bad("investmentYuan", "zero", s -> s.put("investmentYuan", 0)),
                bad("investmentYuan", "negative", s -> s.put("investmentYuan", -1)),
                bad("investmentYuan", "fractional", s -> s.put("investmentYuan", 1.5)),
                bad("investmentYuan", "a string", s -> s.put("investmentYuan", "1500000000")),
                bad("investmentYuan", "above 10 trillion", s -> s.put("investmentYuan", 10_000_000_000_001L)),
                bad("investmentYuan", "beyond a long",
                        s -> s.put("investmentYuan", new java.math.BigInteger("99999999999999999999999"))),
                bad("signedOn", "missing", s -> s.remove("signedOn")),
                bad("signedOn", "after today", s -> s.put("signedOn", TOMORROW).remove("plannedCommencement")),
                bad("signedOn", "over 365 days before the event", s -> s.put("signedOn", "2024-07-19")),
                bad("signedOn", "not a date", s -> s.put("signedOn", "2025-02-30")),
                bad("signedOn", "not ISO", s -> s.put("signedOn", "20/07/2025")),
                bad("expectedJobs", "negative", s -> s.put("expectedJobs", -1)),
                bad("expectedJobs", "fractional", s -> s.put("expectedJobs", 10.5)),
                bad("landHa", "negative", s -> s.put("landHa", -0.5)),
                bad("landHa", "a string", s -> s.put("landHa", "forty")),
                bad("energyGwhPerYear", "negative", s -> s.put("energyGwhPerYear", -1)),
                bad("energyGwhPerYear", "huge", s -> s.put("energyGwhPerYear", 1e300)),
                bad("plannedCommencement", "before signedOn", s -> s.put("plannedCommencement", "2025-07-19")),
                bad("plannedCommencement", "not a date", s -> s.put("plannedCommencement", "soon")),
                bad("promise", "not an object", s -> s.put("promise", "8000吨/月")),
                bad("promise.capacityUnit", "capacity without unit", s -> promise(s).remove("capacityUnit")),
                bad("promise.designCapacity", "zero", s -> promise(s).put("designCapacity", 0)),
                bad("promise.annualOutputYuan", "negative", s -> promise(s).put("annualOutputYuan", -1)),
                bad("promise.annualTaxYuan", "fractional", s -> promise(s).put("annualTaxYuan", 0.5)),
                bad("promise.fullProductionBy", "before signedOn",
                        s -> promise(s).put("fullProductionBy", "2025-07-19")),
                bad("promise.fullProductionBy", "missing with amounts", s -> promise(s).remove("fullProductionBy")),
                bad("promise.reachedOn", "unknown nested field", s -> promise(s).put("reachedOn", "2027-01-01")),
                bad("sponsor", "unknown field", s -> s.put("sponsor", "x")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badSignings")
    void isRefusedNamingTheFieldAndStoresNothing(String field, String why, Consumer<ObjectNode> breakIt) {
        String event = IntakeFixtures.newEvent();
        ObjectNode signing = IntakeFixtures.signing("BAD-1");
        breakIt.accept(signing);

        SigningApiTest.post(event, signing).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        asMonitor().get("/api/events/" + event + "/signings").then().body("total", equalTo(0));
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        String event = IntakeFixtures.newEvent();
        ObjectNode signing = IntakeFixtures.signing("BAD-2")
                .put("investmentYuan", -5).put("industryCode", "91").put("landHa", "x").put("extra", 1);
        signing.remove("projectName");

        SigningApiTest.post(event, signing).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "investmentYuan", "industryCode", "landHa", "extra", "projectName"));
    }

    @Test
    void refusedSigningsPublishNothing() {
        String event = IntakeFixtures.newEvent();
        try (SigningsTopic topic = new SigningsTopic()) {
            Map<TopicPartition, Long> mark = topic.mark();
            badSignings().forEach(arguments -> {
                ObjectNode signing = IntakeFixtures.signing("BAD-3");
                @SuppressWarnings("unchecked")
                Consumer<ObjectNode> breakIt = (Consumer<ObjectNode>) arguments.get()[2];
                breakIt.accept(signing);
                SigningApiTest.post(event, signing).then().statusCode(400);
            });
            String marker = SigningApiTest.post(event, IntakeFixtures.signing("MARKER")).path("id");

            assertThat(topic.await(mark, 1)).extracting(record -> record.key()).containsExactly(marker);
            assertThat(topic.countSince(mark)).isEqualTo(1);
        }
    }

    private static Arguments bad(String field, String why, Consumer<ObjectNode> breakIt) {
        return Arguments.of(field, why, breakIt);
    }

    private static ObjectNode promise(ObjectNode signing) {
        return IntakeFixtures.promise(signing);
    }

    private static ObjectNode investor(ObjectNode signing) {
        return (ObjectNode) signing.get("investor");
    }
}
