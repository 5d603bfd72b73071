package gov.ca.calhr.um.commons.security;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Instant;

/**
 * Verifies a bearer token once for its lifetime ({@link VerifiedTokenCache}). As an identity
 * provider ahead of quarkus-oidc's it answers a token it has seen verified with the identity
 * verified then, and passes every other token on (no answer: OIDC verifies it in full);
 * {@link KeepVerifiedTokens}, the last augmentor, hands it each identity OIDC has just verified.
 * Only bearer access tokens are kept; ID tokens of a browser session are not.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Prometheus {@code um_verified_tokens_answered_total}: requests whose token was not verified again. */
    public static final String ANSWERED = "um.verified.tokens.answered";

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
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of quarkus-oidc's provider (the default priority, 1001; higher goes first). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!(request.getToken() instanceof AccessTokenCredential credential) || http == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(cache.verified(credential.getToken()).map(kept -> {
            answered.increment();
            return ofThisRequest(kept, http);
        }).orElse(null));
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

    /** The identity as kept: without the request it was verified in, which has ended. */
    private static SecurityIdentity withoutItsRequest(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(RoutingContext.class.getName(), null)
                .addAttribute(AuthenticationRequestContext.class.getName(), null).build();
    }

    /** Keeps {@code identity}, just verified from an access token, until the token's {@code exp}. */
    void keep(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.isAnonymous() ? null
                : identity.getCredential(AccessTokenCredential.class);
        // an identity answered from the cache comes back through the augmentors: it is kept already
        if (credential != null && identity.getPrincipal() instanceof JsonWebToken token
                && token.getExpirationTime() > 0 && cache.verified(credential.getToken()).isEmpty()) {
            cache.keep(credential.getToken(), withoutItsRequest(identity),
                    Instant.ofEpochSecond(token.getExpirationTime()));
        }
    }
}
