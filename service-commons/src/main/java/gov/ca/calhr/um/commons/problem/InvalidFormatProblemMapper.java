package gov.ca.calhr.um.commons.problem;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;

/** A value that does not parse (a date, an enum constant): same problem shape as any field error. */
@Provider
@Priority(1)
public class InvalidFormatProblemMapper extends ExceptionMapperBase<InvalidFormatException> {

    @Override
    protected HttpProblem toProblem(InvalidFormatException e) {
        return MismatchedInputProblemMapper.problem(e);
    }
}
