package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kustomize's patch merge: objects merge field by field and null deletes. In Kubernetes' own kinds a list
 * merges item by item on its merge key (containers by name…) unless the API makes it atomic; in custom resources, which have no merge
 * keys, a list is replaced whole (JSON merge patch). A list of a built-in kind whose merge key this class
 * does not know is refused rather than merged the wrong way.
 */
final class StrategicMerge {

    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath");
    /** Lists that Kubernetes' API declares without a merge strategy: a patch replaces them. */
    private static final Set<String> ATOMIC_LISTS = Set.of("envFrom", "command", "args", "drop", "add", "items");

    private StrategicMerge() {
    }

    static void apply(ObjectNode resource, ObjectNode patch) {
        merge(resource, patch, isBuiltIn(resource.path("apiVersion").asText()));
    }

    /** Kubernetes' own API groups: the core group ("v1"), groups without a dot (apps, policy…) and *.k8s.io. */
    static boolean isBuiltIn(String apiVersion) {
        if (!apiVersion.contains("/")) {
            return true;
        }
        String group = apiVersion.substring(0, apiVersion.indexOf('/'));
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static void merge(ObjectNode target, ObjectNode patch, boolean strategic) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, strategic);
            } else if (value.isArray() && strategic && !ATOMIC_LISTS.contains(name)) {
                target.set(name, mergeList(name, current, (ArrayNode) value));
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    /** The patch's items first, each merged into the item it names, then the items the patch does not name. */
    private static ArrayNode mergeList(String name, JsonNode current, ArrayNode patch) {
        String key = MERGE_KEYS.get(name);
        if (key == null) {
            throw new IllegalArgumentException("a patch sets the list '" + name + "', whose merge key is not known here");
        }
        List<JsonNode> rest = new ArrayList<>();
        (current == null ? List.<JsonNode>of() : current).forEach(rest::add);
        ArrayNode merged = patch.arrayNode();
        for (JsonNode item : patch) {
            JsonNode same = rest.stream().filter(old -> old.path(key).equals(item.path(key))).findFirst().orElse(null);
            if (same == null) {
                merged.add(item.deepCopy());
            } else {
                rest.remove(same);
                ObjectNode combined = same.deepCopy();
                merge(combined, (ObjectNode) item, true);
                merged.add(combined);
            }
        }
        rest.forEach(merged::add);
        return merged;
    }
}
