package cn.yanzhen.platform.api;

import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a JSON object field by field, refusing unknown fields and collecting every type error, so
 * one answer names all bad fields. Objects nest one level ({@code investor.name}).
 */
public final class JsonFieldReader implements FieldReader {

    private final Map<String, JsonNode> values = new HashMap<>();
    private final Violations violations;

    public JsonFieldReader(JsonNode object, Set<String> knownFields, Violations violations) {
        this.violations = violations;
        if (object == null || !object.isObject()) {
            violations.add("body", "must be a JSON object");
            return;
        }
        collect(object, "", knownFields);
    }

    private void collect(JsonNode object, String prefix, Set<String> knownFields) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            if (knownFields.contains(name)) {
                values.put(name, field.getValue());
            } else if (isParentOf(name, knownFields)) {
                if (field.getValue().isObject()) {
                    collect(field.getValue(), name + ".", knownFields);
                } else if (!field.getValue().isNull()) {
                    violations.add(name, "must be an object");
                }
            } else {
                violations.add(name, "unknown field");
            }
        }
    }

    private static boolean isParentOf(String name, Set<String> knownFields) {
        return knownFields.stream().anyMatch(known -> known.startsWith(name + "."));
    }

    @Override
    public String text(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            return wrongType(field, "must be a string");
        }
        String trimmed = node.textValue().strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Free text of at most {@code maxLength} characters and no control characters ({@link TextRules}). */
    public String text(String field, int maxLength) {
        String text = text(field);
        TextRules.optional(violations, field, text, maxLength);
        return text;
    }

    @Override
    public Long wholeNumber(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            return wrongType(field, "must be a whole number");
        }
        if (!node.canConvertToLong()) {
            return wrongType(field, "is too large");
        }
        return node.longValue();
    }

    @Override
    public Integer integer(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            return wrongType(field, "must be a whole number");
        }
        if (!node.canConvertToInt()) {
            return wrongType(field, "is too large");
        }
        return node.intValue();
    }

    @Override
    public Double number(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            return wrongType(field, "must be a number");
        }
        return node.doubleValue();
    }

    @Override
    public void reject(String field, String message) {
        violations.add(field, message);
    }

    /**
     * A JSON array of at most {@code maxEntries} strings; absent is an empty list, a non-string element a
     * violation. A longer array is refused whole, before its elements are read.
     */
    public List<String> textList(String field, int maxEntries) {
        return JsonLists.texts(present(field), field, maxEntries, violations);
    }

    /** Whether the field already has a violation, so a missing value is not reported twice. */
    public boolean rejected(String field) {
        return violations.has(field);
    }

    /**
     * A JSON array of at most {@code maxEntries} objects, each read by its own reader whose violations come
     * back prefixed {@code field[i].}; absent is an empty list. A longer array is refused whole, unread.
     */
    public <T> List<T> objectList(String field, int maxEntries, Set<String> elementFields,
                                  Function<JsonFieldReader, T> read) {
        return JsonLists.objects(present(field), field, maxEntries, violations,
                (element, elementViolations) -> read.apply(new JsonFieldReader(element, elementFields,
                        elementViolations)));
    }

    @Override
    public Boolean bool(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            return wrongType(field, "must be true or false");
        }
        return node.booleanValue();
    }

    private JsonNode present(String field) {
        JsonNode node = values.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private <T> T wrongType(String field, String message) {
        reject(field, message);
        return null;
    }
}
