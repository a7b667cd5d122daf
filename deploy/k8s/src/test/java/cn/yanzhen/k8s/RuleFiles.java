package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Prometheus rule files of deploy/observe/rules (one group each) and their promtool tests in tests/. */
final class RuleFiles {

    static final Path FOLDER = Manifests.REPOSITORY.resolve("deploy/observe/rules");
    static final Path TESTS = FOLDER.resolve("tests");

    /** A name PromQL reads: a metric (kafka_…, yanzhen_…) or a recorded series (yanzhen:…). */
    private static final Pattern SERIES_NAME = Pattern.compile("\\b(?:yanzhen[:_]|kafka_|http_|jvm_)[a-z0-9_:]+");

    private RuleFiles() {
    }

    static List<Path> ruleFiles() {
        return yamlFiles(FOLDER);
    }

    static List<Path> testFiles() {
        return yamlFiles(TESTS);
    }

    /** The groups of every rule file, in file order. */
    static ArrayNode groups() {
        ArrayNode groups = Kustomize.YAML.createArrayNode();
        ruleFiles().forEach(file -> groups.addAll((ArrayNode) read(file).get("groups")));
        return groups;
    }

    static Stream<JsonNode> rules() {
        return stream(groups()).flatMap(group -> stream(group.get("rules")));
    }

    static Set<String> alerts() {
        return names(rules().filter(rule -> rule.has("alert")).map(rule -> rule.get("alert").asText()));
    }

    static Set<String> recorded() {
        return names(rules().filter(rule -> rule.has("record")).map(rule -> rule.get("record").asText()));
    }

    /** The metrics the services expose that some rule reads. */
    static Set<String> metricsRead() {
        Set<String> names = new TreeSet<>();
        rules().forEach(rule -> names.addAll(seriesNames(rule.get("expr").asText())));
        names.removeAll(recorded());
        return names;
    }

    static Set<String> seriesNames(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = SERIES_NAME.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    static JsonNode read(Path file) {
        try {
            return Kustomize.YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(array::get);
    }

    private static Set<String> names(Stream<String> names) {
        return names.collect(TreeSet::new, Set::add, Set::addAll);
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
