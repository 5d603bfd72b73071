package gov.ca.calhr.um.testkit;

import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every service offers operations and clients, checked in each service's own test suite
 * (extend it in a {@code @QuarkusTest}): health with database and Kafka checks, OpenAPI, Prometheus
 * metrics, and bearer-token security that fails closed.
 */
public abstract class PlatformContract {

    /** The realm the services' own tests document as where browsers sign in. */
    public static final String DOCUMENTED_REALM = "http://localhost:8180/realms/upward-mobility";

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
    void theOpenApiDocumentSignsInWithTheRealmsAuthorizationCodeFlow() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemes = document.getMap("components.securitySchemes");
        assertThat(schemes).containsOnlyKeys("keycloak");
        assertThat(document.getString("components.securitySchemes.keycloak.type")).isEqualTo("oauth2");
        Map<String, Object> flows = document.getMap("components.securitySchemes.keycloak.flows");
        assertThat(flows).containsOnlyKeys("authorizationCode");
        assertThat(document.getMap("components.securitySchemes.keycloak.flows.authorizationCode"))
                .containsEntry("authorizationUrl", DOCUMENTED_REALM + "/protocol/openid-connect/auth")
                .containsEntry("tokenUrl", DOCUMENTED_REALM + "/protocol/openid-connect/token");
        // every operation that wants a role names the scheme without scopes, its roles beside it
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        int withRoles = 0;
        for (Map<String, Map<String, Object>> item : paths.values()) {
            for (Map<String, Object> operation : item.values()) {
                Object security = operation.get("security");
                if (security != null) {
                    assertThat(security).isEqualTo(List.of(Map.of("keycloak", List.of())));
                }
                if (operation.get("x-roles") != null) {
                    assertThat(security).as("an operation that admits roles requires sign-in").isNotNull();
                    withRoles++;
                }
            }
        }
        assertThat(withRoles).isPositive();
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

    @Test
    void tokensOfAnotherIssuerAudienceOrExpiredAreRefused() {
        String[] everyRole = {"employee", "supervisor", "um-coordinator", "hr", "eeo-officer", "calhr-analyst",
                "hr-system"};
        given().auth().oauth2(TestTokens.fromIssuer("https://keycloak.test/realms/elsewhere", "DGS", everyRole))
                .get(protectedPath()).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.expired("DGS", everyRole)).get(protectedPath()).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.forAudience("another-api", "DGS", everyRole)).get(protectedPath()).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        // the same claims from the right issuer, in date, are let through
        given().auth().oauth2(TestTokens.token("in-date", "DGS", everyRole)).get(protectedPath()).then()
                .statusCode(not(401));
    }

    /**
     * A token verified once is kept (VerifiedTokens) but never past its exp, and only that exact
     * token: one with a character of its signature or claims changed is verified again and refused.
     */
    @Test
    void aVerifiedTokenIsKeptOnlyUntilItExpiresAndOnlyAsSent() {
        String[] roles = {"um-coordinator", "hr", "calhr-analyst"};
        String token = TestTokens.expiringIn(4, "DGS", roles);
        given().auth().oauth2(token).get(protectedPath()).then().statusCode(not(401));
        double answeredBefore = answeredFromCache();
        given().auth().oauth2(token).get(protectedPath()).then().statusCode(not(401));
        assertThat(answeredFromCache()).as("the second request is answered from the cache")
                .isGreaterThan(answeredBefore);
        String[] parts = token.split("\\.");
        given().auth().oauth2(parts[0] + "." + parts[1] + "." + changedAt(parts[2], parts[2].length() / 2))
                .get(protectedPath()).then().statusCode(401);
        given().auth().oauth2(parts[0] + "." + changedAt(parts[1], parts[1].length() / 2) + "." + parts[2])
                .get(protectedPath()).then().statusCode(401);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(token).get(protectedPath()).then().statusCode(401));
    }

    private static double answeredFromCache() {
        return Math.max(0, PrometheusText.value(given().get("/q/metrics").then().statusCode(200).extract().asString(),
                "um_verified_tokens_answered_total"));
    }

    private static String changedAt(String base64url, int index) {
        char c = base64url.charAt(index);
        return base64url.substring(0, index) + (c == 'A' ? 'B' : 'A') + base64url.substring(index + 1);
    }

    /**
     * Browsers may call from the portals' origins (um.portal.origins): a preflight from one is
     * answered with that origin; a preflight or request from any other origin is refused.
     */
    @Test
    void onlyPortalOriginsMayCallFromABrowser() {
        String portal = ConfigProvider.getConfig().getValues("um.portal.origins", String.class).get(0);
        given().header("Origin", portal).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options(protectedPath()).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(portal));
        given().header("Origin", "https://portal.attacker.example").header("Access-Control-Request-Method", "GET")
                .options(protectedPath()).then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://portal.attacker.example")
                .auth().oauth2(TestTokens.token("in-date", "DGS", "um-coordinator"))
                .get(protectedPath()).then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    /**
     * Consumers must not subscribe to topics that do not exist yet (they would see the first
     * events only after a metadata refresh): the topics a service reads, dead-letters to and
     * publishes to exist once it has started, before anything was published or dead-lettered.
     */
    @Test
    void topicsTheServiceUsesExistOnceItHasStarted() throws Exception {
        org.eclipse.microprofile.config.Config config = ConfigProvider.getConfig();
        Set<String> expected = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.(topic|dead-letter-queue\\.topic)")) {
                expected.add(config.getValue(name, String.class));
            }
        }
        config.getOptionalValues("um.kafka.topics", String.class).ifPresent(expected::addAll);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.getValue("kafka.bootstrap.servers", String.class)))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).containsAll(expected);
        }
    }

    /**
     * The topics a service publishes (its events, its dead letters) are history a rebuild or a
     * replay reads from the beginning: kept forever, whatever the broker's default retention.
     */
    @Test
    void topicsTheServicePublishesAreKeptForever() throws Exception {
        org.eclipse.microprofile.config.Config config = ConfigProvider.getConfig();
        Set<String> published = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                published.add(config.getValue(name, String.class));
            }
        }
        config.getOptionalValues("um.kafka.topics", String.class).ifPresent(published::addAll);
        assertThat(published).isNotEmpty();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.getValue("kafka.bootstrap.servers", String.class)))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(published.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all().get(30, TimeUnit.SECONDS);
            configs.forEach((topic, topicConfig) -> {
                assertThat(topicConfig.get("retention.ms").value()).as(topic.name() + " retention.ms").isEqualTo("-1");
                assertThat(topicConfig.get("retention.bytes").value()).as(topic.name() + " retention.bytes")
                        .isEqualTo("-1");
                assertThat(topicConfig.get("cleanup.policy").value()).as(topic.name() + " cleanup.policy")
                        .isEqualTo("delete");
            });
            assertThat(configs).hasSize(published.size());
        }
    }
}
