package gov.ca.calhr.um.commons.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;

/**
 * A request without a token (or with none that could be read): 401 with the bearer challenge.
 * The problem extension's own mapper reads Quarkus' challenge through a field Quarkus 3.33 no
 * longer has (it answered 500), so the services answer this themselves, ahead of it.
 */
@Provider
@Priority(1)
public class SignInRequiredProblemMapper extends ExceptionMapperBase<UnauthorizedException> {

    @Override
    protected HttpProblem toProblem(UnauthorizedException e) {
        return unauthorized("a bearer access token of the upward-mobility realm is required");
    }

    static HttpProblem unauthorized(String detail) {
        return HttpProblem.builder()
                .withStatus(401)
                .withTitle("Unauthorized")
                .withDetail(detail)
                .withHeader("WWW-Authenticate", "Bearer")
                .build();
    }
}
