package cn.yanzhen.stack.demo;

import cn.yanzhen.intake.domain.CreditCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A matchmaking event modelled on the Guangxi one (Nanning, 2025-07-20: 296 projects, 217.3 billion
 * yuan): eastern investors, Guangxi destinations, the industries of the region's reporting. The same
 * seed always gives the same signings, so loading it twice stores nothing new.
 */
public final class GuangxiDemo {

    public static final String EVENT_CODE = "2025-GX";
    public static final int SIGNINGS = 296;
    public static final long TOTAL_YUAN = 217_300_000_000L;
    static final LocalDate EVENT_DAY = LocalDate.of(2025, 7, 20);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long YUAN_PER_TEN_THOUSAND = 10_000;

    private static final String[][] DESTINATIONS = {
            {"450100", "南宁", "南宁高新技术产业开发区"}, {"450200", "柳州", "柳东新区"}, {"450300", "桂林", "桂林经济技术开发区"},
            {"450400", "梧州", "梧州粤桂合作特别试验区", "GX-WZYG"}, {"450500", "北海", "铁山港工业区", "GX-TSG"},
            {"450600", "防城港", "防城港经济技术开发区"},
            {"450700", "钦州", "中国（广西）自由贸易试验区钦州港片区"}, {"450800", "贵港", "贵港产业园区"},
            {"450900", "玉林", "玉林龙潭产业园区"}, {"451000", "百色", "百色新山铝产业示范园"}, {"451100", "贺州", "贺州旺高工业区"},
            {"451200", "河池", "河池工业园区"}, {"451300", "来宾", "来宾高新技术产业开发区"}, {"451400", "崇左", "江门（崇左）产业园", "GX-JMCZ"}};
    private static final int[] DESTINATION_WEIGHTS = {20, 14, 8, 7, 10, 7, 11, 5, 6, 6, 4, 3, 4, 5};
    private static final String[][] ORIGINS = {
            {"440300", "深圳"}, {"440100", "广州"}, {"441900", "东莞"}, {"440600", "佛山"}, {"310000", "上海"},
            {"320500", "苏州"}, {"320200", "无锡"}, {"330100", "杭州"}, {"330200", "宁波"}, {"350200", "厦门"},
            {"110000", "北京"}, {"370200", "青岛"}, {"442000", "中山"}, {"440400", "珠海"}};
    private static final String[] NAME_WORDS = {"华阳", "恒信", "中科", "嘉利", "瑞丰", "宏达", "新锐", "泰和", "安捷",
            "万润", "博远", "金桥", "海创", "云帆", "正邦", "力拓", "晨光", "德赛", "鼎盛", "天成"};

    private GuangxiDemo() {
    }

    public static ObjectNode event() {
        return JSON.createObjectNode()
                .put("code", EVENT_CODE)
                .put("name", "2025中国产业转移发展对接活动（广西）")
                .put("hostRegion", "450000")
                .put("city", "南宁")
                .put("startDate", EVENT_DAY.toString())
                .put("endDate", EVENT_DAY.toString());
    }

    /** 296 signings whose investments add up to exactly 217.3 billion yuan. */
    public static List<ObjectNode> signings() {
        Random random = new Random(20250720L);
        long[] amounts = amounts(random);
        List<ObjectNode> signings = new ArrayList<>(SIGNINGS);
        for (int i = 0; i < SIGNINGS; i++) {
            signings.add(signing(i + 1, amounts[i], random));
        }
        return signings;
    }

    /** Heavy-tailed sizes (a few ten-billion projects, many below one billion), rounded to 10,000 yuan. */
    private static long[] amounts(Random random) {
        double[] weights = new double[SIGNINGS];
        double sum = 0;
        for (int i = 0; i < SIGNINGS; i++) {
            weights[i] = Math.exp(random.nextGaussian() * 1.1);
            sum += weights[i];
        }
        long[] amounts = new long[SIGNINGS];
        long allocated = 0;
        int largest = 0;
        for (int i = 0; i < SIGNINGS; i++) {
            long tenThousands = Math.max(1, Math.round(weights[i] / sum * TOTAL_YUAN / YUAN_PER_TEN_THOUSAND));
            amounts[i] = tenThousands * YUAN_PER_TEN_THOUSAND;
            allocated += amounts[i];
            largest = amounts[i] > amounts[largest] ? i : largest;
        }
        amounts[largest] += TOTAL_YUAN - allocated;
        return amounts;
    }

    private static ObjectNode signing(int number, long yuan, Random random) {
        Industry industry = Industry.GUANGXI.get(random.nextInt(Industry.GUANGXI.size()));
        String[] destination = DESTINATIONS[weightedIndex(random)];
        String[] origin = ORIGINS[random.nextInt(ORIGINS.length)];
        double hundredMillions = yuan / 100_000_000.0;
        ObjectNode signing = JSON.createObjectNode()
                .put("externalRef", String.format("GX-2025-%03d", number))
                .put("projectName", projectName(industry, hundredMillions, random))
                .put("destinationRegion", destination[0])
                .put("park", destination[2])
                .put("industryCode", industry.code())
                .put("investmentYuan", yuan)
                .put("signedOn", EVENT_DAY.minusDays(random.nextInt(10) < 8 ? 0 : random.nextInt(60)).toString())
                .put("expectedJobs", Math.round(industry.jobsPer100m() * hundredMillions * vary(random)))
                .put("landHa", round1(industry.landHaPer100m() * hundredMillions * vary(random)))
                .put("energyGwhPerYear", round1(industry.energyGwhPer100m() * hundredMillions * vary(random)))
                .put("plannedCommencement", EVENT_DAY.plusDays(60 + random.nextInt(300)).toString());
        signing.putObject("investor")
                .put("name", origin[1] + "市" + NAME_WORDS[random.nextInt(NAME_WORDS.length)]
                        + industry.investorWords().get(random.nextInt(industry.investorWords().size())) + "有限公司")
                .put("creditCode", creditCode(origin[0], random))
                .put("originRegion", origin[0]);
        if (destination.length > 3) {
            signing.put("parkCode", destination[3]);
        }
        promise(number, yuan, signing);
        return signing;
    }

    /**
     * Every seventh signing promises output (1.2 yuan a year per yuan invested) and tax (6 % of it) two years after
     * its planned commencement, every fourteenth a design capacity too: derived, not drawn, so the rest of the story
     * stays what it was.
     */
    private static void promise(int number, long yuan, ObjectNode signing) {
        if (number % 7 != 0) {
            return;
        }
        long output = Math.round(yuan * 1.2 / YUAN_PER_TEN_THOUSAND) * YUAN_PER_TEN_THOUSAND;
        ObjectNode promise = signing.putObject("promise").put("annualOutputYuan", output)
                .put("annualTaxYuan", Math.round(output * 0.06 / YUAN_PER_TEN_THOUSAND) * YUAN_PER_TEN_THOUSAND)
                .put("fullProductionBy", LocalDate.parse(signing.get("plannedCommencement").asText()).plusYears(2)
                        .toString());
        if (number % 14 == 0) {
            promise.put("designCapacity", Math.max(1, Math.round(yuan / 1_000_000.0))).put("capacityUnit", "吨/年");
        }
    }

    private static String projectName(Industry industry, double hundredMillions, Random random) {
        String template = industry.projectNames().get(random.nextInt(industry.projectNames().size()));
        int scale = (int) Math.max(1, Math.round(hundredMillions * (0.5 + random.nextDouble())));
        return template.contains("%d") ? String.format(template, scale) : template;
    }

    /** A unified social credit code of an enterprise (91) registered in the origin region. */
    private static String creditCode(String region, Random random) {
        StringBuilder organisation = new StringBuilder("MA");
        for (int i = 0; i < 6; i++) {
            organisation.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return CreditCode.complete("91" + region + organisation);
    }

    private static int weightedIndex(Random random) {
        int total = 0;
        for (int weight : DESTINATION_WEIGHTS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < DESTINATION_WEIGHTS.length; i++) {
            pick -= DESTINATION_WEIGHTS[i];
            if (pick < 0) {
                return i;
            }
        }
        return DESTINATION_WEIGHTS.length - 1;
    }

    private static double vary(Random random) {
        return 0.7 + random.nextDouble() * 0.6;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
