package cn.yanzhen.platform.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URL;

/**
 * Requests to a service's management interface (health, metrics, OpenAPI: docs/contract.md §2), which listens
 * on a port of its own, not the API port RestAssured points at. A Quarkus test injects where it listens with
 * {@code @TestHTTPResource(value = "/", management = true) URL management;} (its free test port is known only
 * once the application started).
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    public static RequestSpecification given(URL management) {
        return RestAssured.given().port(management.getPort());
    }
}
