package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Guangxi's pipeline (招商项目库, contract §4.1.3): the leads its prefectures' offices work on — Beihai's, two of which
 * became signings at the demo event, Liuzhou's car parts, Chongzuo's light industry from the Pearl River Delta and
 * Nanning's energy storage — at every stage from 线索 to 签约, one dropped, each on the industrial chain of Guangxi's
 * three (§4.1.4) that spans its industry. Safe to play again: a lead already recorded (200) keeps the moves it has.
 */
final class DemoPipeline {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEIHAI = "450500";
    private static final String GUANGXI = "450000";

    /** One lead and the moves its office makes, in order. */
    record Lead(ObjectNode body, List<String> moves) {

        String id() {
            return body.get("leadId").asText();
        }

        String region() {
            return body.get("destinationRegion").asText();
        }
    }

    private DemoPipeline() {
    }

    /** The leads, the first two being the Beihai projects that became {@code converted}'s signings. */
    static List<Lead> leads(List<JsonNode> converted) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < converted.size(); i++) {
            JsonNode signing = converted.get(i);
            ObjectNode lead = lead("BH-2025-00" + (i + 1), signing.at("/investor/name").asText(),
                    signing.at("/investor/originRegion").asText(), signing.get("projectName").asText(), BEIHAI,
                    signing.get("industryCode").asText(), signing.get("investmentYuan").asLong(),
                    LocalDate.parse(signing.get("signedOn").asText()).minusDays(130 - 30L * i));
            lead.with("firm").put("creditCode", signing.at("/investor/creditCode").asText());
            leads.add(new Lead(lead, List.of(move("NEGOTIATING", lead, 40, "企业来北海考察园区"),
                    conversion(signing.get("id").asText()))));
        }
        leads.add(new Lead(lead("BH-2025-003", "东莞市嘉瑞电子材料有限公司", "441900", "高频覆铜板生产线项目", BEIHAI, "3985",
                600_000_000L, LocalDate.of(2025, 6, 15)), List.of(move("NEGOTIATING", 2025, 8, 20, "双方就用地和厂房代建达成初步共识"))));
        leads.add(new Lead(lead("BH-2025-004", "佛山市鸿盛不锈钢有限公司", "440600", "不锈钢深加工项目", BEIHAI, "3130",
                1_500_000_000L, LocalDate.of(2025, 8, 1)), List.of(move("NEGOTIATING", 2025, 9, 12, "赴佛山二次洽谈"),
                move("INTENT", 2025, 11, 6, "签订投资意向书"))));
        leads.add(new Lead(lead("BH-2025-005", "广州市粤林纸业有限公司", "440100", "林浆纸一体化项目", BEIHAI, "2221",
                2_000_000_000L, LocalDate.of(2025, 5, 1)), List.of(move("NEGOTIATING", 2025, 6, 3, null),
                move("DROPPED", 2025, 10, 9, "企业转投东南亚，放弃在北海布局"))));
        leads.add(new Lead(lead("LZ-2025-011", "上海汇驰汽车零部件有限公司", "310000", "新能源汽车电驱零部件项目", "450200",
                "3670", 900_000_000L, LocalDate.of(2025, 9, 10)), List.of(move("NEGOTIATING", 2025, 10, 28, "企业来柳考察"))));
        leads.add(new Lead(lead("LZ-2025-012", "宁波精锐模具有限公司", "330200", "汽车覆盖件模具项目", "450200", "3525",
                350_000_000L, LocalDate.of(2025, 10, 20)), List.of()));
        leads.add(new Lead(lead("CZ-2025-021", "中山市迅达摩托车配件有限公司", "442000", "摩托车配件生产基地项目", "451400",
                "3751", 280_000_000L, LocalDate.of(2025, 7, 8)), List.of(move("INTENT", 2025, 10, 15, "拟入驻共建产业园"))));
        leads.add(new Lead(lead("CZ-2025-022", "佛山市林盛家居有限公司", "440600", "实木家居生产项目", "451400", "2110",
                160_000_000L, LocalDate.of(2025, 11, 2)), List.of()));
        leads.add(new Lead(lead("NN-2025-031", "深圳市储源科技有限公司", "440300", "年产10GWh储能电池项目", "450100", "3841",
                2_500_000_000L, LocalDate.of(2025, 6, 20)), List.of(move("NEGOTIATING", 2025, 9, 2, "专班对接用地用电"))));
        return leads;
    }

    /** Guangxi's chains (产业链): new-energy vehicles around its car makers, electronics, aluminium. */
    static List<ObjectNode> chains() {
        return List.of(chain("GX-NEV", "新能源汽车产业链", List.of("3612", "367", "3751", "3841", "3525"),
                        List.of("上汽通用五菱汽车股份有限公司", "东风柳州汽车有限公司")),
                chain("GX-ELEC", "电子信息产业链", List.of("397", "398", "3971", "3985"), List.of("惠科电子（北海）有限公司")),
                chain("GX-ALU", "铝及铝精深加工产业链", List.of("3216", "3252", "3130"), List.of("广西华磊新材料有限公司")));
    }

    /** Guangxi's office sets its chains, before the event, so that intake tags its signings to them. */
    static void registerChains(String intake, DemoActors actors) throws Exception {
        for (ObjectNode chain : chains()) {
            String code = chain.remove("code").asText();
            DemoHttp.send(actors.office(GUANGXI), "PUT", intake + "/api/chains/" + code, JSON.writeValueAsString(chain),
                    null);
        }
    }

    /** Each office records its leads and makes their moves; a monitor reads. */
    static void play(String intake, List<Lead> leads, DemoActors actors) throws Exception {
        for (Lead lead : leads) {
            String office = actors.office(lead.region());
            HttpResponse<String> recorded = DemoHttp.exchange(office, "POST", intake + "/api/leads",
                    JSON.writeValueAsString(lead.body()));
            if (recorded.statusCode() == 200) {
                continue;
            }
            if (recorded.statusCode() != 201) {
                throw new IllegalStateException("recording lead " + lead.id() + " failed: HTTP "
                        + recorded.statusCode() + " " + recorded.body());
            }
            for (String move : lead.moves()) {
                String[] pathAndBody = move.split(" ", 2);
                DemoHttp.send(office, "POST", intake + "/api/leads/" + lead.id() + pathAndBody[0], pathAndBody[1], null);
            }
        }
        JsonNode figures = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", intake
                + "/api/pipeline/figures?scope=region:450000", null, null));
        JsonNode cars = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", intake
                + "/api/pipeline/figures?scope=chain:GX-NEV", null, null));
        System.out.printf("  demo: Guangxi's pipeline: %d leads from %d firms, %d in negotiation (%.2f billion yuan), "
                        + "%d converted into signings, %d dropped, median %s days from first contact to signing; "
                        + "%d of the leads on its new-energy vehicle chain GX-NEV%n",
                figures.at("/leads/count").asLong(), figures.get("firmsContacted").asLong(),
                figures.at("/inNegotiation/count").asLong(), figures.at("/inNegotiation/amountYuan").asLong() / 1e9,
                figures.get("converted").asLong(), figures.get("dropped").asLong(),
                figures.get("medianDaysToSigning").asText(), cars.at("/leads/count").asLong());
    }

    /** The last two of Beihai's signings by reference that are neither repeats nor {@code ended}. */
    static List<String> convertedSigningIds(List<GuangxiStory.Project> projects, GuangxiStory.Story story) {
        return projects.stream().filter(project -> BEIHAI.equals(project.destinationRegion()))
                .filter(project -> project.repeatOf() == null && !story.ended().contains(project.signingId()))
                .sorted(Comparator.comparing(GuangxiStory.Project::externalRef).reversed()).limit(2)
                .map(GuangxiStory.Project::signingId).toList();
    }

    private static ObjectNode lead(String id, String firm, String origin, String project, String region,
                                   String industry, long yuan, LocalDate firstContact) {
        ObjectNode lead = JSON.createObjectNode().put("leadId", id).put("projectName", project)
                .put("destinationRegion", region).put("industryCode", industry).put("expectedInvestmentYuan", yuan)
                .put("officer", officer(region)).put("firstContactOn", firstContact.toString());
        lead.putObject("firm").put("name", firm).put("originRegion", origin);
        tag(lead);
        return lead;
    }

    private static ObjectNode chain(String code, String name, List<String> industries, List<String> leadFirms) {
        ObjectNode chain = JSON.createObjectNode().put("code", code).put("province", GUANGXI).put("name", name);
        industries.forEach(chain.putArray("industries")::add);
        leadFirms.forEach(chain.putArray("leadFirms")::add);
        return chain;
    }

    /** The lead's chain: the first of Guangxi's that spans its industry, if any (as the suggestions would). */
    private static void tag(ObjectNode lead) {
        String industry = lead.get("industryCode").asText();
        chains().stream().filter(chain -> {
            for (JsonNode code : chain.get("industries")) {
                if (industry.startsWith(code.asText())) {
                    return true;
                }
            }
            return false;
        }).findFirst().ifPresent(chain -> lead.put("chainCode", chain.get("code").asText()));
    }

    private static String officer(String region) {
        return switch (region) {
            case BEIHAI -> "北海市投资促进局 李明";
            case "450200" -> "柳州市投资促进局 韦华";
            case "451400" -> "崇左市投资促进局 农艳";
            default -> "南宁市投资促进局 黄涛";
        };
    }

    private static String move(String stage, int year, int month, int day, String note) {
        ObjectNode body = JSON.createObjectNode().put("stage", stage).put("on", LocalDate.of(year, month, day).toString());
        if (note != null) {
            body.put("note", note);
        }
        return "/transitions " + body;
    }

    private static String move(String stage, ObjectNode lead, int daysAfterFirstContact, String note) {
        LocalDate on = LocalDate.parse(lead.get("firstContactOn").asText()).plusDays(daysAfterFirstContact);
        return move(stage, on.getYear(), on.getMonthValue(), on.getDayOfMonth(), note);
    }

    private static String conversion(String signingId) {
        return "/conversion {\"signingId\": \"" + signingId + "\"}";
    }
}
