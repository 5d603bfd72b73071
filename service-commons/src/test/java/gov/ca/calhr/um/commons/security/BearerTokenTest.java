package gov.ca.calhr.um.commons.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What VerifiedTokens reads as the request's bearer token: the credentials of the Bearer scheme, in any case. */
class BearerTokenTest {

    @Test
    void theBearerSchemeIsReadInAnyCase() {
        assertThat(VerifiedTokens.bearerToken("Bearer abc.def.ghi")).isEqualTo("abc.def.ghi");
        assertThat(VerifiedTokens.bearerToken("bearer abc.def.ghi")).isEqualTo("abc.def.ghi");
        assertThat(VerifiedTokens.bearerToken("BEARER abc.def.ghi ")).isEqualTo("abc.def.ghi");
    }

    @Test
    void otherSchemesAndEmptyCredentialsAreNotATokenAtAll() {
        assertThat(VerifiedTokens.bearerToken(null)).isNull();
        assertThat(VerifiedTokens.bearerToken("Bearer ")).isNull();
        assertThat(VerifiedTokens.bearerToken("Bearer")).isNull();
        assertThat(VerifiedTokens.bearerToken("Basic dXNlcjpwYXNz")).isNull();
        assertThat(VerifiedTokens.bearerToken("Bearerabc.def.ghi")).isNull();
    }
}
