package cn.yanzhen.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Malformed requests derived from a valid body: every required field missing, every field broken. */
final class BadRequests {

    static final ObjectMapper JSON = Fixtures.JSON;
    static final List<String> INJECTIONS = List.of("'; drop table signing; --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd", "1 OR 1=1");

    /** One request: what it is, where it goes, and its body and content type. */
    record BadRequest(String what, String service, String method, String path, String contentType, byte[] body) {

        static BadRequest json(String what, String service, String method, String path, JsonNode body) {
            return new BadRequest(what, service, method, path, "application/json",
                    body.toString().getBytes(StandardCharsets.UTF_8));
        }

        static BadRequest raw(String what, String service, String method, String path, String contentType,
                              String body) {
            return new BadRequest(what, service, method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final List<BadRequest> requests = new ArrayList<>();

    List<BadRequest> all() {
        return requests;
    }

    /**
     * Every field of a valid JSON body broken in turn: required fields removed or nulled, strings given as
     * numbers and objects, numbers given as strings, negative and beyond-long numbers, impossible dates,
     * injection strings where a code is expected, an unknown field, and the body's shape and type wrong.
     */
    BadRequests body(String service, String method, String path, ObjectNode valid, Set<String> required,
                     Set<String> numbers, Set<String> dates, Set<String> codes) {
        List<String> fields = fieldPaths(valid, "");
        for (String field : fields) {
            if (required.contains(field)) {
                add(service, method, path, field + " missing", valid, field, null, true);
                add(service, method, path, field + " null", valid, field, JSON.nullNode(), false);
            }
            if (numbers.contains(field)) {
                add(service, method, path, field + " as text", valid, field, JSON.getNodeFactory().textNode("12"), false);
                add(service, method, path, field + " negative", valid, field, JSON.getNodeFactory().numberNode(-1), false);
                add(service, method, path, field + " beyond a long", valid, field,
                        JSON.getNodeFactory().numberNode(new BigInteger("123456789012345678901234567890")), false);
                add(service, method, path, field + " an object", valid, field, JSON.createObjectNode(), false);
            } else {
                add(service, method, path, field + " a number", valid, field, JSON.getNodeFactory().numberNode(7), false);
                add(service, method, path, field + " an array", valid, field, JSON.createArrayNode().add(1), false);
            }
            if (dates.contains(field)) {
                add(service, method, path, field + " impossible date", valid, field,
                        JSON.getNodeFactory().textNode("2025-02-30"), false);
                add(service, method, path, field + " not ISO", valid, field,
                        JSON.getNodeFactory().textNode("20/07/2025"), false);
            }
            if (codes.contains(field)) {
                for (String injection : INJECTIONS) {
                    add(service, method, path, field + " injection " + injection, valid, field,
                            JSON.getNodeFactory().textNode(injection), false);
                }
            }
        }
        ObjectNode unknown = valid.deepCopy().put("sneaky", "x");
        requests.add(BadRequest.json("unknown field", service, method, path, unknown));
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
        requests.add(new BadRequest("invalid UTF-8", service, method, path, "application/json", invalidUtf8));
        return this;
    }

    BadRequests get(String service, String what, String pathAndQuery) {
        requests.add(new BadRequest(what, service, "GET", pathAndQuery, null, null));
        return this;
    }

    BadRequests raw(String service, String what, String method, String path, String contentType, byte[] body) {
        requests.add(new BadRequest(what, service, method, path, contentType, body));
        return this;
    }

    private void add(String service, String method, String path, String what, ObjectNode valid, String field,
                     JsonNode value, boolean remove) {
        ObjectNode body = valid.deepCopy();
        String[] parts = field.split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        if (remove) {
            parent.remove(parts[parts.length - 1]);
        } else {
            parent.set(parts[parts.length - 1], value);
        }
        requests.add(BadRequest.json(what, service, method, path, body));
    }

    private static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isObject()) {
                paths.addAll(fieldPaths(field.getValue(), prefix + field.getKey() + "."));
            } else {
                paths.add(prefix + field.getKey());
            }
        });
        return paths;
    }

    static ArrayNode array(JsonNode element) {
        return JSON.createArrayNode().add(element);
    }
}
