package cn.yanzhen.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Malformed requests derived from a valid body, field by field: each field missing, null, of every other
 * JSON type, and with the values that break naive code (huge and negative numbers, control characters,
 * 10,000 characters, impossible dates, injections, lists far past any limit), nested objects and list
 * elements included.
 */
final class BadRequests {

    static final ObjectMapper JSON = Fixtures.JSON;
    static final List<String> INJECTIONS = List.of("'; drop table signing; --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd", "1 OR 1=1");
    /** Paging a list endpoint must refuse. */
    static final List<String> BAD_PAGING = List.of("page=-1", "page=-2147483648", "page=2147483648",
            "page=99999999999999999999", "page=x", "page=1.5", "size=0", "size=-1", "size=501", "size=2147483648",
            "size=x", "page=2147483647", "page=2147483647&size=500", "page=42949673&size=50", "page=4294968&size=500");
    /** Paging at the edge of what is accepted: an answer (an empty page), never a failure. */
    static final List<String> EXTREME_PAGING = List.of("page=42949672&size=50", "page=2147483647&size=1",
            "page=0&size=500", "page=&size=");
    private static final JsonNodeFactory NODES = JSON.getNodeFactory();
    private static final List<JsonNode> OTHER_TYPES = List.of(NODES.textNode("12"), NODES.numberNode(7),
            JSON.createObjectNode().put("a", 1), JSON.createArrayNode().add(1), NODES.booleanNode(true));
    private static final List<JsonNode> BREAKING_NUMBERS = List.of(NODES.numberNode(-1),
            NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1e308),
            NODES.numberNode(new BigInteger("123456789012345678901234567890")),
            NODES.numberNode(new BigDecimal("1E+400")));
    private static final List<String> BREAKING_TEXTS = List.of("x".repeat(10_000), "证据\u0000不足\u0007\u001b[2J说明");
    private static final int OVERSIZED_LIST_BYTES = 5_000_000;

    /** One request: what it is, where it goes, its body, and whether any answer but a 4xx problem is wrong. */
    record BadRequest(String what, String service, String method, String path, String contentType, byte[] body,
                      boolean mustBeRefused) {

        static BadRequest json(String what, String service, String method, String path, JsonNode body) {
            return new BadRequest(what, service, method, path, "application/json",
                    body.toString().getBytes(StandardCharsets.UTF_8), true);
        }

        static BadRequest raw(String what, String service, String method, String path, String contentType,
                              String body) {
            return new BadRequest(what, service, method, path, contentType, body.getBytes(StandardCharsets.UTF_8),
                    true);
        }
    }

    private final List<BadRequest> requests = new ArrayList<>();
    private UnaryOperator<JsonNode> wrap = UnaryOperator.identity();

    List<BadRequest> all() {
        return requests;
    }

    /**
     * Every field of a valid JSON body broken in turn. {@code required} names the fields that may not be
     * missing or null (list elements never may), {@code dates} those read as dates, {@code codes} those read
     * as codes (where an injection string is invalid, unlike in free text); what else to try follows from
     * each field's type in {@code valid}.
     */
    BadRequests body(String service, String method, String path, ObjectNode valid, Set<String> required,
                     Set<String> dates, Set<String> codes) {
        return broken(service, method, path, valid, required, dates, codes, UnaryOperator.identity());
    }

    /** The same for a batch: each broken row sent after a valid one, as the only bad row of a JSON array. */
    BadRequests rows(String service, String method, String path, ObjectNode validRow, ObjectNode otherValidRow,
                     Set<String> required, Set<String> dates, Set<String> codes) {
        return broken(service, method, path, validRow, required, dates, codes,
                row -> JSON.createArrayNode().add(otherValidRow).add(row));
    }

    private BadRequests broken(String service, String method, String path, ObjectNode valid, Set<String> required,
                               Set<String> dates, Set<String> codes, UnaryOperator<JsonNode> wrap) {
        this.wrap = wrap;
        for (Field field : fields(valid, "")) {
            String name = field.path();
            if (required.contains(name)) {
                add(service, method, path, name + " missing", valid, name, null);
                add(service, method, path, name + " empty", valid, name, NODES.textNode("  "));
            }
            if (required.contains(name) || field.isListElement()) {
                add(service, method, path, name + " null", valid, name, NODES.nullNode());
            }
            for (JsonNode other : OTHER_TYPES) {
                if (other.getNodeType() != field.value().getNodeType()) {
                    add(service, method, path, name + " as " + other.getNodeType(), valid, name, other);
                }
            }
            if (field.value().isNumber()) {
                BREAKING_NUMBERS.forEach(number -> add(service, method, path, name + " " + number, valid, name,
                        number));
            }
            if (field.value().isTextual()) {
                BREAKING_TEXTS.forEach(text -> add(service, method, path, name + " " + describe(text), valid, name,
                        NODES.textNode(text)));
            }
            if (field.value().isArray() && !field.value().isEmpty()) {
                add(service, method, path, name + " far past any limit", valid, name, oversized(field.value()));
            }
            if (dates.contains(name)) {
                for (String date : List.of("2025-02-30", "20/07/2025", "+999999999-12-31")) {
                    add(service, method, path, name + " " + date, valid, name, NODES.textNode(date));
                }
            }
            if (codes.contains(name)) {
                INJECTIONS.forEach(injection -> add(service, method, path, name + " injection " + injection, valid,
                        name, NODES.textNode(injection)));
            }
        }
        requests.add(BadRequest.json("unknown field", service, method, path,
                wrap.apply(valid.deepCopy().put("sneaky", "x"))));
        for (String shape : List.of("", "null", "[]", "42", "\"text\"", "{", "{\"a\": }", "[{]")) {
            requests.add(BadRequest.raw("body " + (shape.isEmpty() ? "empty" : shape), service, method, path,
                    "application/json", shape));
        }
        for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            requests.add(BadRequest.raw("content type " + contentType, service, method, path, contentType,
                    valid.toString()));
        }
        byte[] invalidUtf8 = valid.toString().replace("}", ", \"x\": \"\u0000\"}").getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length - 3] = (byte) 0xC3;
        invalidUtf8[invalidUtf8.length - 2] = (byte) 0x28;
        requests.add(new BadRequest("invalid UTF-8", service, method, path, "application/json", invalidUtf8, true));
        return this;
    }

    /** A list endpoint's paging broken every way, and taken to the edge of what it accepts. */
    BadRequests paging(String service, String pathAndQuery) {
        String joiner = pathAndQuery.contains("?") ? "&" : "?";
        BAD_PAGING.forEach(paging -> get(service, "paging " + paging, pathAndQuery + joiner + paging));
        EXTREME_PAGING.forEach(paging -> requests.add(new BadRequest("paging " + paging, service, "GET",
                pathAndQuery + joiner + paging, null, null, false)));
        return this;
    }

    BadRequests get(String service, String what, String pathAndQuery) {
        requests.add(new BadRequest(what, service, "GET", pathAndQuery, null, null, true));
        return this;
    }

    BadRequests raw(String service, String what, String method, String path, String contentType, byte[] body) {
        requests.add(new BadRequest(what, service, method, path, contentType, body, true));
        return this;
    }

    private void add(String service, String method, String path, String what, ObjectNode valid, String field,
                     JsonNode value) {
        ObjectNode body = valid.deepCopy();
        List<String> steps = steps(field);
        JsonNode parent = body;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.matches("\\d+") ? parent.get(Integer.parseInt(step)) : parent.get(step);
        }
        String last = steps.get(steps.size() - 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        requests.add(BadRequest.json(what, service, method, path, wrap.apply(body)));
    }

    /** {@code evidence[0].kind} as the steps from the body to it: evidence, 0, kind. */
    private static List<String> steps(String field) {
        return List.of(field.replace("[", ".").replace("]", "").split("\\."));
    }

    /** A field of a valid body with its value; objects and lists are fields too, as are their contents. */
    private record Field(String path, JsonNode value) {

        boolean isListElement() {
            return path.endsWith("]");
        }
    }

    private static List<Field> fields(JsonNode node, String prefix) {
        List<Field> fields = new ArrayList<>();
        node.fields().forEachRemaining(entry -> {
            String path = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            fields.add(new Field(path, value));
            if (value.isObject()) {
                fields.addAll(fields(value, path + "."));
            } else if (value.isArray() && !value.isEmpty()) {
                JsonNode first = value.get(0);
                fields.add(new Field(path + "[0]", first));
                if (first.isObject()) {
                    fields.addAll(fields(first, path + "[0]."));
                }
            }
        });
        return fields;
    }

    /** The list's first element repeated far beyond any list limit, the body staying under the size limit. */
    private static ArrayNode oversized(JsonNode list) {
        int copies = Math.min(150_000, OVERSIZED_LIST_BYTES / (list.get(0).toString().length() + 1));
        ArrayNode huge = JSON.createArrayNode();
        for (int i = 0; i < copies; i++) {
            huge.add(list.get(0));
        }
        return huge;
    }

    private static String describe(String text) {
        return text.length() > 100 ? text.length() + " characters" : "with control characters";
    }

    static ArrayNode array(JsonNode element) {
        return JSON.createArrayNode().add(element);
    }
}
