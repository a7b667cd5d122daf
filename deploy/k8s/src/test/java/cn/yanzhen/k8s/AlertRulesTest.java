package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rules of deploy/observe/rules, as promtool checks and tests them. */
class AlertRulesTest {

    /** promtool check rules / test rules on the files, named from their folder as a person would type them. */
    private static Promtool.Result promtool(String command, Path folder, List<Path> files) {
        List<String> arguments = new ArrayList<>(List.of(command, "rules"));
        files.forEach(file -> arguments.add(folder.relativize(file).toString()));
        return Promtool.run(folder, arguments);
    }

    @Test
    void promtoolFindsEveryRuleFileValid() {
        Promtool.Result result = promtool("check", RuleFiles.FOLDER, RuleFiles.ruleFiles());
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void promtoolPassesEveryRuleTest() {
        Promtool.Result result = promtool("test", RuleFiles.TESTS, RuleFiles.testFiles());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("FAILED");
    }

    @Test
    void everyRuleFileHasATestFileOfItsOwn() {
        for (Path rules : RuleFiles.ruleFiles()) {
            String name = rules.getFileName().toString().replace(".yaml", ".test.yaml");
            assertThat(RuleFiles.TESTS.resolve(name)).as("the test of %s", rules.getFileName()).exists();
            assertThat(RuleFiles.read(RuleFiles.TESTS.resolve(name)).get("rule_files").toString())
                    .as("%s tests %s", name, rules.getFileName()).contains(rules.getFileName().toString());
        }
    }

    @Test
    void everyAlertHasACaseThatFiresAndOneThatStaysQuiet() {
        Set<String> fires = new TreeSet<>();
        Set<String> staysQuiet = new TreeSet<>();
        for (Path file : RuleFiles.testFiles()) {
            RuleFiles.stream(RuleFiles.read(file).get("tests"))
                    .flatMap(test -> RuleFiles.stream(test.path("alert_rule_test")))
                    .forEach(check -> (firing(check) ? fires : staysQuiet).add(check.get("alertname").asText()));
        }
        assertThat(fires).as("alerts with a case that fires").containsAll(RuleFiles.alerts());
        assertThat(staysQuiet).as("alerts with a case that stays quiet").containsAll(RuleFiles.alerts());
    }

    @Test
    void everyAlertSaysHowBadInChineseAndEnglish() {
        RuleFiles.rules().filter(rule -> rule.has("alert")).forEach(alert -> {
            String name = alert.get("alert").asText();
            assertThat(alert.at("/labels/severity").asText()).as(name).isIn("critical", "warning", "info");
            for (String annotation : List.of("summary", "description")) {
                String text = alert.at("/annotations/" + annotation).asText().replaceAll("\\{\\{[^}]*}}", "");
                assertThat(text).as("%s %s", name, annotation).containsPattern("^[^A-Za-z]*\\p{IsHan}").containsPattern("[A-Za-z]{3,}");
            }
        });
    }

    private static boolean firing(JsonNode check) {
        return !check.path("exp_alerts").isEmpty();
    }
}
