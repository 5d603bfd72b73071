package gov.ca.calhr.um.stack;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets access tokens from the realm, as portals and HR systems do. */
public final class Keycloak {

    /** Browsers' client: Authorization Code with PKCE only (department portals, Swagger UI). */
    public static final String PORTAL_CLIENT = "um-portal";
    /** Local demos, scripts and tests only: the password grant, which the portal client refuses. */
    public static final String DEMO_CLIENT = "um-demo-cli";
    public static final String HR_SYSTEM_CLIENT = "hr-system";
    public static final String HR_SYSTEM_SECRET = "hr-system-secret";
    public static final String DEMO_PASSWORD = "changeme";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String realmUrl;

    public Keycloak(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** A demo user's token through the demo client (password grant), as README's walkthrough gets one. */
    public String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", DEMO_CLIENT,
                "username", username, "password", DEMO_PASSWORD));
    }

    /** The HR system's service-account token (client credentials grant). */
    public String hrSystemToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", HR_SYSTEM_CLIENT,
                "client_secret", HR_SYSTEM_SECRET));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(
                        URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
        }
        try {
            return MAPPER.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("unreadable token response", e);
        }
    }
}
