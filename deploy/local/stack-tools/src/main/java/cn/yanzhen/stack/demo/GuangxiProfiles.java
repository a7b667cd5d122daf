package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capacity profiles of Guangxi and its prefectures as their regional offices might state them: what
 * land, labour and energy each can offer, its industrial base (from the region's own reporting:
 * Liuzhou's cars, Baise's aluminium, Qinzhou's petrochemicals, Beihai's electronics…), what it
 * prioritises and what it restricts (Guilin keeps heavy industry out of its landscape).
 */
public final class GuangxiProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GuangxiProfiles() {
    }

    public static Map<String, ObjectNode> all() {
        Map<String, ObjectNode> profiles = new LinkedHashMap<>();
        profiles.put("450000", profile(20_000, 400_000, 60_000, 0.45, 65, List.of("13", "32", "36"), List.of(), List.of()));
        profiles.put("450100", profile(900, 60_000, 3_000, 0.40, 82, List.of("38", "39", "13", "65"),
                List.of("3825", "3841", "3974", "6513"), List.of("30")));
        profiles.put("450200", profile(800, 45_000, 2_500, 0.35, 78, List.of("36", "34", "31", "33"),
                List.of("3612", "3670"), List.of()));
        profiles.put("450300", profile(250, 20_000, 800, 0.55, 72, List.of("27", "39", "13"),
                List.of("2740", "1371"), List.of("30", "31", "32", "26")));
        profiles.put("450400", profile(300, 25_000, 900, 0.40, 62, List.of("17", "18", "42"), List.of("1810"), List.of()));
        profiles.put("450500", profile(600, 30_000, 1_500, 0.50, 76, List.of("39", "38", "25"),
                List.of("3825", "3974", "3982"), List.of()));
        profiles.put("450600", profile(700, 20_000, 6_000, 0.45, 70, List.of("31", "32", "44"), List.of("3130"), List.of()));
        profiles.put("450700", profile(800, 25_000, 5_000, 0.40, 74, List.of("25", "26", "55", "59"),
                List.of("2614", "5920"), List.of()));
        profiles.put("450800", profile(300, 30_000, 800, 0.45, 60, List.of("13", "20", "21"), List.of("2021"), List.of()));
        profiles.put("450900", profile(350, 35_000, 900, 0.35, 66, List.of("35", "34", "29"), List.of("3670"), List.of()));
        profiles.put("451000", profile(600, 15_000, 12_000, 0.60, 55, List.of("32"), List.of("3216", "3252"), List.of()));
        profiles.put("451100", profile(200, 12_000, 500, 0.50, 52, List.of("30", "20"), List.of(), List.of("26")));
        profiles.put("451200", profile(150, 10_000, 1_500, 0.70, 45, List.of("09", "32"), List.of("4415", "4416"), List.of()));
        profiles.put("451300", profile(250, 15_000, 2_000, 0.55, 58, List.of("13", "32", "44"), List.of("1340"), List.of()));
        profiles.put("451400", profile(400, 18_000, 1_200, 0.50, 60, List.of("13", "20"), List.of("1340", "2021"), List.of()));
        return profiles;
    }

    private static ObjectNode profile(double landHa, long labour, double energyGwh, double greenShare, int infrastructure,
                                      List<String> base, List<String> prioritised, List<String> restricted) {
        ObjectNode profile = JSON.createObjectNode()
                .put("gradientTier", 3)
                .put("landAvailableHa", landHa)
                .put("labourAvailable", labour)
                .put("energyAvailableGwhPerYear", energyGwh)
                .put("greenPowerShare", greenShare)
                .put("infrastructureScore", infrastructure);
        base.forEach(profile.putArray("industrialBase")::add);
        prioritised.forEach(profile.putArray("prioritisedIndustries")::add);
        restricted.forEach(profile.putArray("restrictedIndustries")::add);
        return profile;
    }
}
