package cn.yanzhen.platform.api;

import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The JSON arrays a {@link JsonFieldReader} reads: bounded before their elements are looked at. */
final class JsonLists {

    private JsonLists() {
    }

    /** Strings; absent ({@code node} null) is an empty list, a non-string element a violation. */
    static List<String> texts(JsonNode node, String field, int maxEntries, Violations violations) {
        if (!isBoundedArray(node, field, maxEntries, "must be an array of strings", violations)) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isTextual()) {
                texts.add(node.get(i).textValue().strip());
            } else {
                violations.add(field + "[" + i + "]", "must be a string");
            }
        }
        return texts;
    }

    /** Objects, each read with violations of its own that come back prefixed {@code field[i].}. */
    static <T> List<T> objects(JsonNode node, String field, int maxEntries, Violations violations,
                               BiFunction<JsonNode, Violations, T> read) {
        if (!isBoundedArray(node, field, maxEntries, "must be an array of objects", violations)) {
            return List.of();
        }
        List<T> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Violations elementViolations = new Violations();
            elements.add(read.apply(node.get(i), elementViolations));
            violations.addAll(field + "[" + i + "].", elementViolations);
        }
        return elements;
    }

    private static boolean isBoundedArray(JsonNode node, String field, int maxEntries, String notAnArray,
                                          Violations violations) {
        if (node == null) {
            return false;
        }
        if (!node.isArray()) {
            violations.add(field, notAnArray);
            return false;
        }
        if (node.size() > maxEntries) {
            violations.add(field, "must list at most " + maxEntries + " entries, has " + node.size());
            return false;
        }
        return true;
    }
}
