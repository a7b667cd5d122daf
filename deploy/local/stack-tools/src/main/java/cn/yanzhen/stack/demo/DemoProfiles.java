package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Guangxi's office sets the capacity profiles of Guangxi and its 14 prefectures, keeping any a region already has. */
final class DemoProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoProfiles() {
    }

    static void load(String capacity, DemoActors actors) throws Exception {
        int created = 0;
        String office = actors.office(DemoLoader.GUANGXI);
        for (Map.Entry<String, ObjectNode> profile : GuangxiProfiles.all().entrySet()) {
            String url = capacity + "/api/regions/" + profile.getKey();
            JsonNode region = JSON.readTree(DemoHttp.send(actors.monitor(), "GET", url, null, null));
            if (region.path("profile").isObject()) {
                continue;
            }
            DemoHttp.send(office, "PUT", url + "/capacity", JSON.writeValueAsString(profile.getValue()), null);
            created++;
        }
        System.out.printf("  demo: capacity profiles of Guangxi and its 14 prefectures (%d new)%n", created);
    }
}
