package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * What Guangxi does around its signings (contract §4.1.3–§4.1.5, §4.9): its pipeline of leads on its industrial
 * chains, two of them converted into the event's signings, and a key project with a late approval. Its parks and
 * chains are registered before the event ({@link DemoLoader}).
 */
final class DemoPromotion {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoPromotion() {
    }

    static void play(String intake, String tracking, List<GuangxiStory.Project> projects, GuangxiStory.Story story,
                     DemoActors actors) throws Exception {
        List<JsonNode> converted = new ArrayList<>();
        for (String id : DemoPipeline.convertedSigningIds(projects, story)) {
            converted.add(JSON.readTree(DemoHttp.send(actors.monitor(), "GET", intake + "/api/signings/" + id, null,
                    null)));
        }
        DemoPipeline.play(intake, DemoPipeline.leads(converted), actors);
        DemoKeyProjects.play(tracking, DemoKeyProjects.project(projects, story), actors);
    }
}
