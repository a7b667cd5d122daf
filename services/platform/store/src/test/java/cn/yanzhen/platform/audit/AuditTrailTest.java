package cn.yanzhen.platform.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenRequest;
import cn.yanzhen.platform.testing.ManagementInterface;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(YanzhenTestResource.class)
class AuditTrailTest {

    /** Health, metrics and OpenAPI: the management interface, a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    AuditTrail trail;

    @Test
    void recordsAChangeWithItsStatesAndServesItToAdminsAndMonitors() {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> trail.record(AuditedChange.of("thing.change", "thing", id)
                .request(Map.of("colour", "red")).before(Map.of("colour", "blue")).after(Map.of("colour", "red"))));

        for (String token : new String[] {Tokens.admin(), Tokens.monitor()}) {
            Tokens.as(token).queryParam("entity", "thing:" + id).get("/api/audit").then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].action", equalTo("thing.change"))
                    .body("items[0].subject", equalTo("yanzhen-platform"))
                    .body("items[0].request.colour", equalTo("red"))
                    .body("items[0].before.colour", equalTo("blue"))
                    .body("items[0].after.colour", equalTo("red"));
        }
        Tokens.as(Tokens.admin()).queryParam("entity", id).get("/api/audit").then()
                .body("items", hasSize(1));
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            trail.record(AuditedChange.of("thing.change", "thing", id));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        Tokens.as(Tokens.admin()).queryParam("entity", "thing:" + id).get("/api/audit").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void onlyAdminsAndMonitorsReadTheTrail() {
        given().get("/api/audit").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        Tokens.as(Tokens.expired(TokenRequest.of("a", Roles.ADMIN))).get("/api/audit").then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        Tokens.as(Tokens.signedByAnotherKey(TokenRequest.of("a", Roles.ADMIN))).get("/api/audit").then()
                .statusCode(401);
        Tokens.as(Tokens.issuedTooLongAgo(TokenRequest.of("a", Roles.ADMIN))).get("/api/audit").then()
                .statusCode(401).header("WWW-Authenticate", containsString("invalid_token"));
        Tokens.as(Tokens.organiser()).get("/api/audit").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("groups"));
        Tokens.as(Tokens.regionalOffice("450000")).get("/api/audit").then().statusCode(403);
    }

    @Test
    void healthMetricsOpenApiAndSwaggerUiAreOnTheManagementPortNotTheApiPort() {
        assertThat(management.getPort()).isNotEqualTo(RestAssured.port);
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().redirects().follow(false).get(path).then().statusCode(404);
            ManagementInterface.given(management).get(path).then().statusCode(200);
        }
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        ManagementInterface.given(management).get("/q/health/ready").then().statusCode(200);
        ManagementInterface.given(management).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void openApiDocumentsTheBearerSchemeAndTheRolesOfEachEndpoint() {
        ManagementInterface.given(management).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("paths.'/api/audit'.get.security[0].bearer", containsInAnyOrder(Roles.ADMIN, Roles.MONITOR));
    }
}
