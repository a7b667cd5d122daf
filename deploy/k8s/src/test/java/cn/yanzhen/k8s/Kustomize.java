package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a kustomization directory as {@code kubectl kustomize} (kustomize v5) does, for the fields these
 * manifests use: resources (files and directories), patches (strategic merge, with or without a target),
 * configMapGenerator (files, without the name suffix) and namespace. Any other field is refused rather than
 * ignored, so nothing kustomize would apply is missed here. (Debian's kubectl 1.20 carries kustomize v2, which knows neither patches nor targets.)
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "patches",
            "configMapGenerator", "generatorOptions");
    private static final Set<String> GENERATOR_FIELDS = Set.of("name", "files");
    private static final Set<String> PATCH_FIELDS = Set.of("path", "target");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name", "labelSelector");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path directory) {
        JsonNode kustomization = readDocuments(directory.resolve("kustomization.yaml")).get(0);
        requireOnly(FIELDS, kustomization, directory + "/kustomization.yaml");
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            resources.addAll(Files.isDirectory(path) ? render(path) : readDocuments(path));
        }
        resources.addAll(generatedConfigMaps(kustomization, directory));
        for (JsonNode patch : kustomization.path("patches")) {
            requireOnly(PATCH_FIELDS, patch, directory + " patch");
            requireOnly(TARGET_FIELDS, patch.path("target"), directory + " patch target");
            for (ObjectNode document : readDocuments(directory.resolve(patch.path("path").asText()))) {
                apply(document, patch.path("target"), resources, directory);
            }
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            resources.forEach(resource -> ((ObjectNode) resource.get("metadata")).put("namespace", namespace));
        }
        return resources;
    }

    /**
     * A ConfigMap per configMapGenerator, one key per file named as the file. Only without the name suffix
     * kustomize would otherwise add (and rewrite every reference to), so the name in the manifests is the name.
     */
    private static List<ObjectNode> generatedConfigMaps(JsonNode kustomization, Path directory) {
        List<ObjectNode> maps = new ArrayList<>();
        if (!kustomization.has("configMapGenerator")) {
            return maps;
        }
        requireOnly(Set.of("disableNameSuffixHash"), kustomization.path("generatorOptions"), directory + " generatorOptions");
        if (!kustomization.at("/generatorOptions/disableNameSuffixHash").asBoolean(false)) {
            throw new IllegalArgumentException(directory + ": generated ConfigMaps need generatorOptions.disableNameSuffixHash: true here");
        }
        for (JsonNode generator : kustomization.get("configMapGenerator")) {
            requireOnly(GENERATOR_FIELDS, generator, directory + " configMapGenerator");
            ObjectNode map = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            map.putObject("metadata").put("name", generator.path("name").asText());
            ObjectNode data = map.putObject("data");
            for (JsonNode file : generator.path("files")) {
                try {
                    data.put(file.asText(), Files.readString(directory.resolve(file.asText())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            maps.add(map);
        }
        return maps;
    }

    static List<ObjectNode> readDocuments(Path file) {
        try (var documents = YAML.readerFor(ObjectNode.class).<ObjectNode>readValues(file.toFile())) {
            List<ObjectNode> all = new ArrayList<>();
            while (documents.hasNext()) {
                ObjectNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    all.add(document);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static void apply(ObjectNode patch, JsonNode target, List<ObjectNode> resources, Path directory) {
        int matched = 0;
        for (ObjectNode resource : resources) {
            if (target.isMissingNode() ? sameObject(patch, resource) : selects(target, resource)) {
                ObjectNode body = patch.deepCopy();
                // The target selects; the patch's own name (any-service, any-topic…) only stands in.
                body.remove("metadata");
                StrategicMerge.apply(resource, body);
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(directory + ": a patch matches no resource: "
                    + (target.isMissingNode() ? patch.path("kind").asText() + " " + patch.at("/metadata/name").asText() : target));
        }
    }

    private static boolean sameObject(ObjectNode patch, ObjectNode resource) {
        return patch.path("kind").equals(resource.path("kind"))
                && patch.at("/metadata/name").equals(resource.at("/metadata/name"));
    }

    private static boolean selects(JsonNode target, ObjectNode resource) {
        if (target.has("kind") && !target.get("kind").asText().equals(resource.path("kind").asText())) {
            return false;
        }
        // kustomize reads a target's name as a regular expression matched whole.
        if (target.has("name") && !Pattern.matches(target.get("name").asText(), resource.at("/metadata/name").asText())) {
            return false;
        }
        if (target.has("labelSelector")) {
            JsonNode labels = resource.at("/metadata/labels");
            for (String requirement : target.get("labelSelector").asText().split(",")) {
                String[] pair = requirement.split("=", 2);
                if (!labels.path(pair[0].trim()).asText().equals(pair[1].trim())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void requireOnly(Set<String> known, JsonNode node, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            String field = fields.next().getKey();
            if (!known.contains(field)) {
                throw new IllegalArgumentException(where + ": this loader does not know '" + field + "'");
            }
        }
    }
}
