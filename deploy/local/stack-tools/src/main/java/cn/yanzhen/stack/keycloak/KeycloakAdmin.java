package cn.yanzhen.stack.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Keycloak's admin REST API, as the bootstrap admin of its master realm: puts the repository's realm in
 * place (deploy/keycloak/yanzhen-realm.json) and adds people to it (a partial import that skips whoever
 * is there already). The local stack and the system tests set Keycloak up through it alike.
 */
public final class KeycloakAdmin {

    public static final String REALM = "yanzhen";
    /** The browser apps' public clients: each is told its app's address by the deployment. */
    public static final String DASHBOARD_CLIENT = "yanzhen-dashboard";
    public static final String WORKBENCH_CLIENT = "yanzhen-workbench";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    private KeycloakAdmin(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Signs in to the master realm as its admin (admin-cli, password grant). */
    public static KeycloakAdmin signIn(String baseUrl, String user, String password) throws IOException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(user) + "&password=" + encode(password);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        expect(answer, 200, "signing in to Keycloak as " + user);
        return new KeycloakAdmin(baseUrl, JSON.readTree(answer.body()).path("access_token").asText());
    }

    /**
     * Creates the realm from the file unless it exists; each browser app's client is told its app's address
     * (client id to address: where Keycloak may send a person back to after signing in and out).
     */
    public boolean ensureRealm(Path realmFile, Map<String, String> appUrls) throws IOException {
        if (send(request("/admin/realms/" + REALM).GET().build()).statusCode() == 200) {
            return false;
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(realmFile.toFile());
        for (JsonNode client : realm.path("clients")) {
            String url = appUrls.get(client.path("clientId").asText());
            if (url != null) {
                admit((ObjectNode) client, url);
            }
        }
        expect(send(request("/admin/realms").POST(body(realm)).build()), 201, "creating realm " + REALM);
        return true;
    }

    /** Adds the file's users and clients (Keycloak's partial import format); those that exist are kept as they are. */
    public String addPeople(Path peopleFile) throws IOException {
        ObjectNode people = (ObjectNode) JSON.readTree(peopleFile.toFile());
        people.put("ifResourceExists", "SKIP");
        HttpResponse<String> answer = send(request("/admin/realms/" + REALM + "/partialImport").POST(body(people)).build());
        expect(answer, 200, "adding the people of " + peopleFile.getFileName());
        JsonNode result = JSON.readTree(answer.body());
        return "added " + result.path("added").asInt() + ", kept " + result.path("skipped").asInt();
    }

    /** Lets Keycloak send people back to one more address of a browser app (on a port of its own, as in the tests). */
    public void admit(String clientId, String appUrl) throws IOException {
        String clients = "/admin/realms/" + REALM + "/clients";
        HttpResponse<String> found = send(request(clients + "?clientId=" + clientId).GET().build());
        expect(found, 200, "finding the client " + clientId);
        ObjectNode client = (ObjectNode) JSON.readTree(found.body()).path(0);
        admit(client, appUrl);
        expect(send(request(clients + "/" + client.path("id").asText()).PUT(body(client)).build()), 204,
                "admitting " + appUrl + " to " + clientId);
    }

    private static void admit(ObjectNode client, String appUrl) {
        String pattern = appUrl.replaceAll("/+$", "") + "/*";
        ArrayNode redirects = client.withArray("redirectUris");
        redirects.add(pattern);
        ObjectNode attributes = client.with("attributes");
        String after = attributes.path("post.logout.redirect.uris").asText("");
        // "##" separates Keycloak's list of addresses in this one attribute
        attributes.put("post.logout.redirect.uris", after.isEmpty() ? pattern : after + "##" + pattern);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(JsonNode json) throws IOException {
        return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(json));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling Keycloak", e);
        }
    }

    private static void expect(HttpResponse<String> answer, int status, String what) throws IOException {
        if (answer.statusCode() != status) {
            throw new IOException(what + " failed: HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
