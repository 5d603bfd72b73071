package gov.ca.calhr.um.commons.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;

/** A token that does not verify (signature, issuer, audience, expiry): 401 with the bearer challenge. */
@Provider
@Priority(1)
public class TokenRefusedProblemMapper extends ExceptionMapperBase<AuthenticationFailedException> {

    @Override
    protected HttpProblem toProblem(AuthenticationFailedException e) {
        return SignInRequiredProblemMapper.unauthorized(
                "the access token is not valid here: its signature, issuer, audience or expiry is refused");
    }
}
