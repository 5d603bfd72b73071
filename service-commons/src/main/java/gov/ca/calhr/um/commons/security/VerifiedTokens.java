package gov.ca.calhr.um.commons.security;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Verifies a bearer token once for its lifetime ({@link VerifiedTokenCache}). As an HTTP
 * authentication mechanism ahead of quarkus-oidc's it answers a request whose
 * {@code Authorization: Bearer} token it has seen verified with the identity verified then, before
 * anything else reads the token; every other request it passes on (no answer: OIDC verifies the
 * token in full, and OIDC's challenge answers a refused one). {@link KeepVerifiedTokens}, the last
 * augmentor, hands it each identity OIDC has just verified, with the caller's
 * {@linkplain CurrentCaller.Scope scope} worked out once. Only bearer access tokens are kept; ID
 * tokens of a browser session are not.
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {

    /** Prometheus {@code um_verified_tokens_answered_total}: requests whose token was not verified again. */
    public static final String ANSWERED = "um.verified.tokens.answered";
    /** Ahead of quarkus-oidc's mechanism ({@code quarkus.oidc.priority}, 1001 by default; higher goes first). */
    static final int PRIORITY = 2000;
    private static final String BEARER = "bearer ";
    /** Attributes that belong to the request an identity was verified in. */
    private static final Set<String> REQUEST_ATTRIBUTES = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    private final VerifiedTokenCache<SecurityIdentity> cache;
    private final Counter answered;

    public VerifiedTokens(CommonsConfig config, MeterRegistry registry) {
        CommonsConfig.TokenCache settings = config.security().tokenCache();
        this.cache = new VerifiedTokenCache<>(settings.maxEntries(), settings.maxAge(), Clock.systemUTC());
        this.answered = Counter.builder(ANSWERED)
                .description("Requests whose bearer token was answered from the verified-token cache")
                .register(registry);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext http, IdentityProviderManager identities) {
        String token = bearerToken(http.request().headers().get(HttpHeaders.AUTHORIZATION));
        SecurityIdentity kept = token == null ? null : cache.verified(token).orElse(null);
        if (kept == null) {
            return Uni.createFrom().nullItem();
        }
        answered.increment();
        return Uni.createFrom().item(ofThisRequest(kept, http));
    }

    /** The token of an {@code Authorization: Bearer <token>} header (scheme in any case), else null. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).trim();
    }

    /** OIDC's challenge answers every request this mechanism passes on. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** What OIDC's identity provider verifies: the mechanism is only installed beside it. */
    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    /** None: a path that selects the bearer mechanism by name gets OIDC's, which verifies every token. */
    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /**
     * The identity kept, bound to this request: OIDC's identity carries the request it was
     * verified in (and that request's blocking-call context), which the HTTP security layer reads.
     */
    private static SecurityIdentity ofThisRequest(SecurityIdentity kept, RoutingContext http) {
        String blocking = AuthenticationRequestContext.class.getName();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(kept)
                .addAttribute(RoutingContext.class.getName(), http);
        Object blockingContext = http.get(blocking);
        if (blockingContext != null) {
            identity.addAttribute(blocking, blockingContext);
        }
        return identity.build();
    }

    /**
     * The identity as kept: built afresh from the verified one's principal, roles, credentials and
     * attributes, without the request it was verified in (which has ended) and with the caller's
     * scope, which depends on nothing else. Not a copy made with {@code builder(identity)}: that
     * copy checks permissions by asking the identity it was made from, so it would hold that
     * identity and, through it, the whole request (a 5,000-action batch pinned in the heap for the
     * token's lifetime). The platform authorizes by roles; no permission checker is kept.
     */
    static SecurityIdentity asKept(SecurityIdentity identity, JsonWebToken token) {
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!REQUEST_ATTRIBUTES.contains(name)) {
                kept.addAttribute(name, value);
            }
        });
        return kept.addAttribute(CurrentCaller.SCOPE_ATTRIBUTE, CurrentCaller.scopeOf(identity, token)).build();
    }

    /** Keeps {@code identity}, just verified from an access token, until the token's {@code exp}. */
    void keep(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.isAnonymous() ? null
                : identity.getCredential(AccessTokenCredential.class);
        // an identity answered from the cache does not come back through the augmentors; this guards anyway
        if (credential != null && identity.getPrincipal() instanceof JsonWebToken token
                && token.getExpirationTime() > 0 && cache.verified(credential.getToken()).isEmpty()) {
            cache.keep(credential.getToken(), asKept(identity, token),
                    Instant.ofEpochSecond(token.getExpirationTime()));
        }
    }
}
