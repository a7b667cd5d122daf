package cn.yanzhen.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * KEDA's ScaledObject and CloudNativePG's Cluster have no Java model here: their fields are checked against
 * the names their CRDs allow (custom-resource-fields.yaml, which names the operator versions).
 */
final class CustomResourceFieldCheck implements ManifestCheck {

    private static final JsonNode SCHEMAS = load();
    private static final String REQUIRED = "!";
    private static final String OPEN = "open";

    static boolean knows(ObjectNode document) {
        return SCHEMAS.has(key(document));
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode document : manifests.documents()) {
            if (knows(document)) {
                String where = Manifests.describe(document);
                checkMetadata(document.path("metadata"), where, problems);
                checkObject(document, SCHEMAS.get(key(document)).get("fields"), where, problems);
            }
        }
        return problems;
    }

    private static void checkObject(JsonNode value, JsonNode allowed, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(path + ": must be an object");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = allowed.fields(); fields.hasNext(); ) {
            String name = fields.next().getKey();
            if (name.endsWith(REQUIRED) && !value.has(plain(name))) {
                problems.add(path + ": required field '" + plain(name) + "' is missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            JsonNode rule = allowed.has(field.getKey()) ? allowed.get(field.getKey()) : allowed.get(field.getKey() + REQUIRED);
            if (rule == null) {
                problems.add(fieldPath + ": unknown field (allowed: " + names(allowed) + ")");
            } else {
                checkValue(field.getValue(), rule, fieldPath, problems);
            }
        }
    }

    private static void checkValue(JsonNode value, JsonNode rule, String path, List<String> problems) {
        if (OPEN.equals(rule.asText())) {
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkValue(value.get(i), rule, path + "[" + i + "]", problems);
            }
        } else if (rule.isObject()) {
            checkObject(value, rule, path, problems);
        } else if (value.isObject()) {
            problems.add(path + ": its fields are not listed in custom-resource-fields.yaml; add them from the CRD");
        }
    }

    private static void checkMetadata(JsonNode metadata, String where, List<String> problems) {
        try {
            Models.STRICT.treeToValue(metadata, ObjectMeta.class);
        } catch (JsonProcessingException e) {
            problems.add(where + ".metadata: " + e.getOriginalMessage());
        }
    }

    private static String key(JsonNode document) {
        return document.path("apiVersion").asText() + " " + document.path("kind").asText();
    }

    private static String plain(String name) {
        return name.endsWith(REQUIRED) ? name.substring(0, name.length() - 1) : name;
    }

    private static List<String> names(JsonNode allowed) {
        List<String> names = new ArrayList<>();
        allowed.fieldNames().forEachRemaining(name -> names.add(plain(name)));
        return names;
    }

    private static JsonNode load() {
        try (InputStream in = CustomResourceFieldCheck.class.getResourceAsStream("/custom-resource-fields.yaml")) {
            return Kustomize.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
