package gov.ca.calhr.um.stack;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every service offers operations and clients, checked in each service's own test suite
 * (extend it in a {@code @QuarkusTest}): health with database and Kafka checks, OpenAPI, Prometheus
 * metrics, and bearer-token security that fails closed.
 */
public abstract class PlatformContract {

    /** Any protected endpoint of the service, to check that it wants a token. */
    protected abstract String protectedPath();

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() {
        given().get(protectedPath()).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2("not-a-token").get(protectedPath()).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }
}
