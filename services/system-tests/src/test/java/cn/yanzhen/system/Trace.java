package cn.yanzhen.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One trace as Zipkin's API answers it (JSON v2 spans), with the questions a test asks of it. */
final class Trace {

    /** A span: who (the service), what (its name), when, and under which parent. */
    record Span(Trace trace, String id, String parentId, String service, String name, String kind, long timestamp,
                JsonNode tags) {

        String tag(String name) {
            return tags.path(name).asText(null);
        }

        /** "service name" of every span from the trace's root down to this one. */
        List<String> path() {
            List<String> path = new ArrayList<>();
            for (Span span = this; span != null; span = trace.byId.get(span.parentId)) {
                path.add(span.service + " " + span.name);
            }
            Collections.reverse(path);
            return path;
        }

        /** Whether every span above this one has arrived, up to the trace's root. */
        boolean reachesTheRoot() {
            Span span = this;
            while (span.parentId != null) {
                span = trace.byId.get(span.parentId);
                if (span == null) {
                    return false;
                }
            }
            return true;
        }

        boolean startsNoEarlierThanItsParent() {
            Span parent = trace.byId.get(parentId);
            return parent == null || timestamp >= parent.timestamp;
        }

        @Override
        public String toString() {
            return service + " " + name + " (" + id + " under " + parentId + ", at " + timestamp + ")";
        }
    }

    private final String id;
    private final Map<String, Span> byId = new LinkedHashMap<>();

    private Trace(JsonNode spans) {
        this.id = spans.get(0).path("traceId").asText();
        for (JsonNode span : spans) {
            byId.put(span.path("id").asText(), new Span(this, span.path("id").asText(),
                    span.path("parentId").asText(null), span.at("/localEndpoint/serviceName").asText(),
                    span.path("name").asText(), span.path("kind").asText(""), span.path("timestamp").asLong(),
                    span.path("tags")));
        }
    }

    /** The one trace of a search's answer; null while there is none; a failure when there are more. */
    static Trace of(JsonNode traces) {
        if (traces.isEmpty()) {
            return null;
        }
        if (traces.size() > 1) {
            throw new AssertionError("expected one trace, found " + traces.size() + ": " + traces);
        }
        return new Trace(traces.get(0));
    }

    String id() {
        return id;
    }

    List<Span> spans() {
        return List.copyOf(byId.values());
    }

    boolean has(String service, String name) {
        return byId.values().stream().anyMatch(span -> span.service.equals(service) && span.name.equals(name));
    }

    /**
     * Whether a span of this name is here with every span above it: each service exports its spans on its own
     * schedule, so a consumer's span can reach Zipkin before the send it continues.
     */
    boolean hasWithItsPath(String service, String name) {
        return byId.values().stream().filter(span -> span.service.equals(service) && span.name.equals(name))
                .anyMatch(Span::reachesTheRoot);
    }

    /** Whether some span of this name has all of {@code above} on its path from the root, in that order. */
    boolean hasBelow(String service, String name, String... above) {
        return byId.values().stream().filter(span -> span.service.equals(service) && span.name.equals(name))
                .map(Span::path).anyMatch(path -> containsInOrder(path, List.of(above)));
    }

    private static boolean containsInOrder(List<String> path, List<String> wanted) {
        int next = 0;
        for (String step : path) {
            if (next < wanted.size() && step.equals(wanted.get(next))) {
                next++;
            }
        }
        return next == wanted.size();
    }

    Span any(String service, String name) {
        return byId.values().stream().filter(span -> span.service.equals(service) && span.name.equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no span " + service + " " + name + " in " + this));
    }

    Span only(String service, String name) {
        List<Span> found = byId.values().stream()
                .filter(span -> span.service.equals(service) && span.name.equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " spans " + service + " " + name + " in " + this);
        }
        return found.get(0);
    }

    @Override
    public String toString() {
        return "trace " + id + " " + byId.values();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trace trace && Objects.equals(id, trace.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
