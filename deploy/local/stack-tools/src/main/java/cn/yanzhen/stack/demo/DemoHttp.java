package cn.yanzhen.stack.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The demo's calls to the services' public APIs, each with the bearer token of the actor making it. */
final class DemoHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoHttp() {
    }

    /** The answer to a request, whatever its status. */
    static HttpResponse<String> exchange(String token, String method, String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a successful request (else it fails); {@code what}, when given, is printed with the answer. */
    static String send(String token, String method, String url, String body, String what) throws Exception {
        HttpResponse<String> response = exchange(token, method, url, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " failed: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        if (what != null) {
            System.out.printf("  demo: %s → HTTP %d %s%n", what, response.statusCode(), response.body().length() > 160
                    ? response.body().substring(0, 160) + "…" : response.body());
        }
        return response.body();
    }
}
