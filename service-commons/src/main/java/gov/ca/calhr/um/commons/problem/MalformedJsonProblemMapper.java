package gov.ca.calhr.um.commons.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import gov.ca.calhr.um.commons.error.InvalidInput;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body that is not JSON at all (a missing brace, a stray comma, an unquoted word): a 400 problem
 * saying where reading stopped, as {@code line} and {@code column} (from 1) and in the detail. The
 * JSON reader reports it as a bare 400 WebApplicationException caused by the parser's error; any
 * other WebApplicationException is answered as the problem extension does (its status, reason as
 * title, message as detail, its headers).
 */
@Provider
@Priority(1)
public class MalformedJsonProblemMapper extends ExceptionMapperBase<WebApplicationException> {

    @Override
    protected HttpProblem toProblem(WebApplicationException e) {
        if (e.getCause() instanceof StreamReadException malformed) {
            return malformed(malformed);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        HttpProblem.Builder problem = HttpProblem.builder().withTitle(status.getReasonPhrase()).withStatus(status)
                .withDetail(e.getMessage());
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"content-length".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.withHeader(name, value));
            }
        });
        return problem.build();
    }

    static HttpProblem malformed(StreamReadException e) {
        JsonLocation at = e.getLocation();
        Map<String, Object> members = new LinkedHashMap<>();
        String where = "";
        if (at != null && at.getLineNr() > 0) {
            members.put("line", at.getLineNr());
            members.put("column", at.getColumnNr());
            where = " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        String reason = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().split("\n")[0];
        return Problems.of(InvalidInput.rejected("malformed-json", "The body is not well-formed JSON" + where
                + reason, members));
    }
}
