package gov.ca.calhr.um.commons.problem;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A value that does not parse (a date, an enum constant): same problem shape as any field error. */
@Provider
@Priority(1)
public class InvalidFormatProblemMapper implements ExceptionMapper<InvalidFormatException> {

    private final MismatchedInputProblemMapper delegate = new MismatchedInputProblemMapper();

    @Override
    public Response toResponse(InvalidFormatException e) {
        return delegate.toResponse(e);
    }
}
