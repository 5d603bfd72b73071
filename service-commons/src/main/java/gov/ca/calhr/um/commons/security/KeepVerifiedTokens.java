package gov.ca.calhr.um.commons.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The last augmentor: hands {@link VerifiedTokens} each identity every other augmentor has finished. */
@ApplicationScoped
public class KeepVerifiedTokens implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public KeepVerifiedTokens(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        tokens.keep(identity);
        return Uni.createFrom().item(identity);
    }
}
