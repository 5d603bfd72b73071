package gov.ca.calhr.um.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

/**
 * Signs access tokens shaped like the Keycloak realm's (realm_access.roles, department and
 * employee_id claims) with the test-only key, for a service's own tests.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/upward-mobility";
    /** The audience the realm's tokens carry for the platform's APIs (quarkus.oidc.token.audience). */
    public static final String AUDIENCE = "upward-mobility-api";

    private TestTokens() {
    }

    public static String token(String subject, String department, String... roles) {
        return tokenFor(subject, department, null, roles);
    }

    /** A token whose caller is the employee {@code employeeId} (claim employee_id). */
    public static String tokenFor(String subject, String department, String employeeId, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600);
        if (department != null) {
            claims.claim("department", department);
        }
        if (employeeId != null) {
            claims.claim("employee_id", employeeId);
        }
        return claims.jws().keyId("um-test").sign(privateKey());
    }

    /** A token of the right shape, signed with the right key, but issued by another realm. */
    public static String fromIssuer(String issuer, String department, String... roles) {
        return Jwt.issuer(issuer).audience(AUDIENCE).subject("intruder").claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("department", department).expiresIn(3600)
                .jws().keyId("um-test").sign(privateKey());
    }

    /** A token of the right issuer and key, issued for another audience (another API of the realm). */
    public static String forAudience(String audience, String department, String... roles) {
        return Jwt.issuer(ISSUER).audience(audience).subject("elsewhere")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("department", department).expiresIn(3600)
                .jws().keyId("um-test").sign(privateKey());
    }

    /** A token of the right issuer, audience and key that expires {@code seconds} from now. */
    public static String expiringIn(long seconds, String department, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("short-lived")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("department", department).expiresIn(seconds)
                .jws().keyId("um-test").sign(privateKey());
    }

    /** A token that expired an hour ago (issued two hours ago). */
    public static String expired(String department, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("late").claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("department", department).issuedAt(now - 7200).expiresAt(now - 3600)
                .jws().keyId("um-test").sign(privateKey());
    }

    static String publicKeyBase64() {
        return read("/um-test-keys/publicKey.pem")
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(read("/um-test-keys/privateKey.pem"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("test private key unreadable", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
