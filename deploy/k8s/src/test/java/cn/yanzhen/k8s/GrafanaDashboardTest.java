package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The chain's Grafana dashboard parses and plots only series the rules record or the services expose. */
class GrafanaDashboardTest {

    private static final Path CHAIN = Manifests.REPOSITORY.resolve("deploy/observe/grafana/chain.json");

    private static JsonNode chain() throws IOException {
        return new ObjectMapper().readTree(CHAIN.toFile());
    }

    @Test
    void everyPanelHasATitleAPlaceAndAQuery() throws IOException {
        JsonNode panels = chain().get("panels");
        assertThat(panels).isNotEmpty();
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertThat(title).isNotBlank();
            assertThat(panel.path("type").asText()).as(title).isIn("timeseries", "stat");
            assertThat(panel.path("gridPos").path("w").asInt()).as(title).isPositive();
            assertThat(panel.path("targets")).as(title).isNotEmpty()
                    .allSatisfy(target -> assertThat(target.path("expr").asText()).as(title).isNotBlank());
        }
    }

    @Test
    void itQueriesOnlyNamesTheRulesOrTheServicesKnow() throws IOException {
        Set<String> known = new TreeSet<>(RuleFiles.recorded());
        known.addAll(RuleFiles.metricsRead());
        known.addAll(ServiceMeters.prometheusNames());
        Set<String> queried = new TreeSet<>();
        chain().findValues("expr").forEach(expr -> queried.addAll(RuleFiles.seriesNames(expr.asText())));
        assertThat(queried).contains("yanzhen:consumer_lag:max", "yanzhen:figures_age_seconds");
        assertThat(known).containsAll(queried);
    }
}
