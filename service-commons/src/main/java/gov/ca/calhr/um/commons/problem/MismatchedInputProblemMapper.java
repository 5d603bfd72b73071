package gov.ca.calhr.um.commons.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;

import java.util.stream.Collectors;

/**
 * JSON of the wrong shape for a field (an array where text belongs, a word where a date belongs):
 * a 400 problem naming the field. Without it Quarkus answers such input in plain JSON.
 */
@Provider
@Priority(1)
public class MismatchedInputProblemMapper extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException e) {
        return problem(e);
    }

    static HttpProblem problem(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String target = e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName();
        return Problems.invalidField(field.isEmpty() ? "body" : field, "cannot be read as " + target);
    }

}
