package cn.yanzhen.intake.api;

import static cn.yanzhen.intake.api.ChainFixtures.chain;
import static cn.yanzhen.intake.api.ChainFixtures.newCode;
import static cn.yanzhen.intake.api.ChainFixtures.set;
import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static cn.yanzhen.platform.testing.Tokens.asRegionalOffice;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.yanzhen.platform.testing.YanzhenTestResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A province's industrial chains (产业链, docs/contract.md §4.1.4) and the leads tagged to them, through intake's API. */
@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class ChainApiTest {

    @Test
    void theProvinceSetsItsChainAndChangesIt() {
        String code = newCode();
        ObjectNode chain = chain("450000", "3670", "3841");

        set(code, chain, "450000").then().statusCode(201).body("code", equalTo(code))
                .body("industries", equalTo(List.of("3670", "3841")));
        set(code, chain, "450000").then().statusCode(200);
        chain.withArray("leadFirms").add("东风柳州汽车有限公司");
        set(code, chain, "450000").then().statusCode(200).body("leadFirms.size()", equalTo(2));
        asMonitor().get("/api/chains/" + code).then().statusCode(200).body("leadFirms[1]", equalTo("东风柳州汽车有限公司"));
        set(code, chain("520000", "3841"), "450000").then().statusCode(403);
        set(code, chain("520000", "3841"), "520000").then().statusCode(409);
        asMonitor().get("/api/chains?province=450000").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void onlyTheProvinceOrAnAdminSetsAChain() {
        String code = newCode();
        set(code, chain("450000", "3841"), "450500").then().statusCode(403);
        set(code, chain("450000", "3841"), "520000").then().statusCode(403);
        asMonitor().contentType(ContentType.JSON).body(chain("450000", "3841").toString()).put("/api/chains/" + code)
                .then().statusCode(403);
        asMonitor().get("/api/chains/" + code).then().statusCode(404);
        asAdmin().contentType(ContentType.JSON).body(chain("450000", "3841").toString()).put("/api/chains/" + code)
                .then().statusCode(201);
    }

    @Test
    void namesEveryBadFieldAndStoresNothing() {
        ObjectNode chain = chain("450500", "9201").put("colour", "red");
        chain.put("name", "");
        set("gx-nev", chain, "450000").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "province", "name", "industries[0]", "colour"));
        asMonitor().get("/api/chains/gx-nev").then().statusCode(404);
        asMonitor().get("/api/chains/suggestions?region=999999&industryCode=x").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("region", "industryCode"));
        asMonitor().get("/api/chains?province=450500").then().statusCode(400).body("errors.field", hasItem("province"));
    }

    @Test
    void suggestsTheChainsOfTheDestinationsProvinceThatSpanTheIndustry() {
        String cars = newCode();
        String batteries = newCode();
        set(cars, chain("450000", "367"), "450000").then().statusCode(201);
        set(batteries, chain("450000", "3841"), "450000").then().statusCode(201);

        List<String> suggested = asMonitor().get("/api/chains/suggestions?region=450200&industryCode=3670").then()
                .statusCode(200).extract().path("code");
        org.assertj.core.api.Assertions.assertThat(suggested).contains(cars).doesNotContain(batteries);
    }

    @Test
    void aLeadTaggedToAChainCountsInTheChainsFigures() {
        String code = newCode();
        set(code, chain("450000", "3841"), "450000").then().statusCode(201);
        ObjectNode lead = lead("L-" + UUID.randomUUID().toString().substring(0, 8), code);
        asRegionalOffice("450200").contentType(ContentType.JSON).body(lead.toString()).post("/api/leads").then()
                .statusCode(201).body("chainCode", equalTo(code));
        asRegionalOffice("450200").contentType(ContentType.JSON).body(lead("L-OTHER-1", "NO-SUCH-CHAIN").toString())
                .post("/api/leads").then().statusCode(400).body("errors.field", containsInAnyOrder("chainCode"));
        asMonitor().get("/api/leads/L-OTHER-1").then().statusCode(404);
        asMonitor().get("/api/pipeline/figures?scope=chain:" + code).then().statusCode(200)
                .body("leads.count", equalTo(1)).body("leads.amountYuan", equalTo(900_000_000));
    }

    private static ObjectNode lead(String id, String chain) {
        ObjectNode lead = IntakeFixtures.JSON.createObjectNode().put("leadId", id).put("projectName", "动力电池项目")
                .put("destinationRegion", "450200").put("industryCode", "3841").put("chainCode", chain)
                .put("expectedInvestmentYuan", 900_000_000L).put("officer", "柳州市投资促进局 韦华")
                .put("firstContactOn", "2025-09-10");
        lead.putObject("firm").put("name", "宁德某电池企业").put("originRegion", "440300");
        return lead;
    }
}
