package cn.yanzhen.workbench.domain;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a page's call goes: {@code /api/{service}/{rest}} becomes the service's own {@code /api/{rest}}, query
 * included. Only the services' public APIs are reachable; which headers travel each way is said here once.
 */
public final class Upstreams {

    /** What the page may say to a service: the body's type, what it accepts, conditions and languages. */
    private static final Set<String> REQUEST_HEADERS = Set.of("content-type", "accept", "accept-language",
            "if-match", "if-none-match", "idempotency-key");
    /** What comes back besides status and body: its type, versions, where a created thing is, a file's name. */
    private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "etag", "location",
            "content-disposition", "retry-after", "last-modified");

    private final Map<String, URI> services;

    public Upstreams(Map<String, String> services) {
        Map<String, URI> byName = new TreeMap<>();
        services.forEach((name, url) -> byName.put(name, URI.create(url.replaceAll("/+$", ""))));
        this.services = Map.copyOf(byName);
    }

    /** The service's address for the page's path under it and its raw query; empty for a service it does not know. */
    public Optional<URI> target(String service, String path, String rawQuery) {
        URI base = services.get(service);
        if (base == null || path.contains("..")) {
            return Optional.empty();
        }
        String query = rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery;
        return Optional.of(URI.create(base + "/api/" + path + query));
    }

    public static boolean forwardsRequestHeader(String name) {
        return REQUEST_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    public static boolean returnsResponseHeader(String name) {
        return RESPONSE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
}
