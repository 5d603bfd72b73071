package gov.ca.calhr.um.commons.problem;

import gov.ca.calhr.um.commons.error.DomainException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;

/** The one place a domain error becomes an HTTP answer: its RFC 9457 problem ({@link Problems#of}). */
@Provider
@Priority(1)
public class DomainExceptionMapper extends ExceptionMapperBase<DomainException> {

    @Override
    protected HttpProblem toProblem(DomainException e) {
        return Problems.of(e);
    }
}
