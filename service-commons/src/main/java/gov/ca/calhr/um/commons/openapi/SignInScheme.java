package gov.ca.calhr.um.commons.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;

/**
 * How a caller of these APIs signs in, as the OpenAPI document states it: the realm's OAuth 2.0
 * Authorization Code flow (OpenID Connect; the portal client requires PKCE S256). Quarkus names
 * this scheme on every operation that requires a role (with the roles in the place of scopes) and
 * describes it as an openIdConnect scheme, which Swagger UI offers with every grant Keycloak knows;
 * this filter, run after Quarkus' own, replaces it with the one flow browsers use and moves each
 * operation's roles to {@code x-roles}. Swagger UI's "Authorize" then takes that flow to Keycloak's
 * login page. The endpoints come from the realm the service verifies tokens against, read at
 * start-up, so a stack on other ports or hosts documents its own; {@code um.openapi.realm-url}
 * overrides it where browsers reach the realm at another address than the service does.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class SignInScheme implements OASFilter {

    /** The scheme's name in the document ({@code quarkus.smallrye-openapi.security-scheme-name}). */
    public static final String NAME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        config.getOptionalValue("um.openapi.realm-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .ifPresent(realm -> authorizationCodeFlow(openAPI, realm));
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item ->
                    item.getOperations().values().forEach(SignInScheme::rolesAsExtension));
        }
    }

    private static void authorizationCodeFlow(OpenAPI openAPI, String realm) {
        String endpoints = realm.replaceAll("/+$", "") + "/protocol/openid-connect";
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(NAME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Sign in through the upward-mobility Keycloak realm: Authorization Code flow "
                        + "with PKCE (S256), public client um-portal. The access token is sent as a bearer "
                        + "token; the caller's roles and department come from its claims.")
                .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(endpoints + "/auth")
                        .tokenUrl(endpoints + "/token")
                        .refreshUrl(endpoints + "/token")
                        .scopes(Map.of("openid", "OpenID Connect sign-in")))));
    }

    /** OAuth scopes are the flow's to define; the roles an operation admits are documented beside them. */
    private static void rolesAsExtension(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            List<String> roles = requirement.getScheme(NAME);
            if (roles != null && !roles.isEmpty()) {
                operation.addExtension("x-roles", List.copyOf(roles));
                requirement.addScheme(NAME, List.of());
            }
        }
    }
}
