package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The realm the operator imports is the repository's realm (deploy/keycloak/yanzhen-realm.json, the one the
 * system tests and the local stack put into a real Keycloak), but for the browser apps' addresses (dashboard,
 * workbench), which are the deployment's; every service has its audience there, and the Keycloak the services trust is the one deployed.
 */
class RealmImportTest {

    /** The browser apps' clients, whose addresses are the deployment's. */
    private static final List<String> BROWSER_CLIENTS = List.of("yanzhen-dashboard", "yanzhen-workbench");

    @Test
    void theImportedRealmIsTheRepositorysRealmWithThisDeploymentsBrowserApps() throws IOException {
        for (String overlay : Manifests.OVERLAYS) {
            ObjectNode imported = Manifests.overlay(overlay).get("KeycloakRealmImport", "yanzhen-realm")
                    .path("spec").path("realm").deepCopy();
            ObjectNode repository = (ObjectNode) new ObjectMapper()
                    .readTree(Manifests.REPOSITORY.resolve("deploy/keycloak/yanzhen-realm.json").toFile());

            for (String client : BROWSER_CLIENTS) {
                assertThat(client(imported, client).path("redirectUris")).as(overlay + " " + client).isNotEmpty();
            }
            assertThat(withoutAddresses(imported)).as(overlay).isEqualTo(withoutAddresses(repository));
        }
    }

    @Test
    void everyServiceHasAnAudienceScopeAndTrustsTheDeployedKeycloakOnItsOwnDatabase() {
        Manifests prod = Manifests.overlay("prod");
        JsonNode realm = prod.get("KeycloakRealmImport", "yanzhen-realm").path("spec").path("realm");
        List<String> scopes = new ArrayList<>();
        realm.path("clientScopes").forEach(scope -> scopes.add(scope.path("name").asText()));
        // an audience for every service that takes tokens; the workbench takes none (people sign in to it)
        for (String service : Manifests.SERVICES.stream().filter(service -> !service.equals("workbench")).toList()) {
            assertThat(scopes).as("client scopes").contains("yanzhen-" + service);
        }
        JsonNode config = prod.get("ConfigMap", "yanzhen-config").path("data");
        String hostname = prod.get("Keycloak", "yanzhen-keycloak").at("/spec/hostname/hostname").asText();
        assertThat(config.path("YANZHEN_OIDC_ISSUER").asText()).isEqualTo(hostname + "/realms/" + realm.path("realm").asText());
        assertThat(config.path("YANZHEN_OIDC_JWKS").asText()).startsWith("http://yanzhen-keycloak-service:8080/realms/yanzhen/");
        JsonNode db = prod.get("Keycloak", "yanzhen-keycloak").at("/spec/db");
        JsonNode initdb = prod.get("Cluster", "yanzhen-keycloak-db").at("/spec/bootstrap/initdb");
        assertThat(db.path("host").asText()).isEqualTo("yanzhen-keycloak-db-rw");
        assertThat(db.path("database").asText()).isEqualTo(initdb.path("database").asText());
        assertThat(db.at("/usernameSecret/name").asText()).isEqualTo("yanzhen-keycloak-db-app");
        assertThat(db.at("/passwordSecret/name").asText()).isEqualTo("yanzhen-keycloak-db-app");
    }

    private static ObjectNode withoutAddresses(ObjectNode realm) {
        for (String clientId : BROWSER_CLIENTS) {
            ObjectNode client = client(realm, clientId);
            client.remove("redirectUris");
            ((ObjectNode) client.path("attributes")).remove("post.logout.redirect.uris");
        }
        return realm;
    }

    private static ObjectNode client(ObjectNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return (ObjectNode) client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
