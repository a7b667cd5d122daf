package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asMonitor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.testing.EventPublisher;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The pipeline's figures as intake answers them (docs/contract.md §4.1.3), against what the dashboard counts. */
final class IntakePipeline {

    /** The figures of a 招商项目库 row after its code and name, in the table's column order. */
    private static final List<String> ROW = List.of("/firmsContacted", "/leads/count", "/leads/amountYuan",
            "/inNegotiation/count", "/inNegotiation/amountYuan", "/converted", "/dropped", "/conversionRate",
            "/medianDaysToSigning");

    private final String intake;
    private final String dashboard;

    IntakePipeline(String intake, String dashboard) {
        this.intake = intake;
        this.dashboard = dashboard;
    }

    JsonNode figures(String scope) {
        return read(asMonitor().baseUri(intake).queryParam("scope", scope).get("/api/pipeline/figures").asString());
    }

    /** Every scope the dashboard counts (all, each province and prefecture with leads) is intake's answer for it. */
    void assertDashboardCountsAsIntake() {
        JsonNode counted = read(asMonitor().baseUri(dashboard).get("/api/pipeline").asString());
        assertThat(counted.has("region:450500")).as("北海's leads counted").isTrue();
        counted.fields().forEachRemaining(scope ->
                assertThat(scope.getValue()).as(scope.getKey()).isEqualTo(figures(scope.getKey())));
    }

    /** The rows the 招商项目库 table on screen should hold: its codes and names, intake's figures (null: empty). */
    List<List<String>> rowsFor(List<List<String>> shown) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : shown) {
            JsonNode figures = figures(row.get(0).equals("all") ? "all" : "region:" + row.get(0));
            List<String> expected = new ArrayList<>(row.subList(0, 2));
            ROW.forEach(figure -> expected.add(figures.at(figure).isNull() ? "" : figures.at(figure).asText()));
            rows.add(expected);
        }
        return rows;
    }

    private static JsonNode read(String body) {
        try {
            return EventPublisher.JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
