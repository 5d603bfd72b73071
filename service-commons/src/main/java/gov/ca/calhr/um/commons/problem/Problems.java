package gov.ca.calhr.um.commons.problem;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.DomainException;
import gov.ca.calhr.um.commons.error.Incomplete;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.error.UnknownReference;
import io.quarkiverse.resteasy.problem.HttpProblem;

import java.net.URI;

/**
 * RFC 9457 problems with a stable {@code type} per kind of error. Field errors use the same
 * {@code violations} shape as Bean Validation failures, so clients read one format. The REST
 * layer's own checks answer through these; services raise the domain errors they are made of.
 */
public final class Problems {

    /** Where the problem types live: {@code type} is this plus the kind, e.g. {@code invalid-field}. */
    static final String TYPE_BASE = "https://upward-mobility.ca.gov/problems/";

    private Problems() {
    }

    /** A field of the request body that is wrong. */
    public static HttpProblem invalidField(String field, String message) {
        return of(InvalidInput.field(field, message));
    }

    /** A path parameter that is wrong. */
    public static HttpProblem invalidPathParameter(String name, String message) {
        return of(InvalidInput.pathParameter(name, message));
    }

    /** A query parameter that is wrong. */
    public static HttpProblem invalidQueryParameter(String name, String message) {
        return of(InvalidInput.queryParameter(name, message));
    }

    /** Well-formed input that names something this service does not know (e.g. an unknown class code). */
    public static HttpProblem unprocessable(String field, String message) {
        return of(new UnknownReference(field, message));
    }

    public static HttpProblem notFound(String detail) {
        return of(new NotFound(detail));
    }

    public static HttpProblem conflict(String detail) {
        return of(new ConflictWithState(detail));
    }

    public static HttpProblem forbidden(String detail) {
        return of(new NotAllowed(detail));
    }

    /** The problem a domain error is answered with: its kind's type, status and title, its detail and members. */
    public static HttpProblem of(DomainException e) {
        HttpProblem.Builder builder = HttpProblem.builder()
                .withType(URI.create(TYPE_BASE + e.kind()))
                .withStatus(status(e))
                .withTitle(e.title())
                .withDetail(e.detail());
        e.members().forEach(builder::with);
        return builder.build();
    }

    static int status(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        }
        if (e instanceof NotAllowed) {
            return 403;
        }
        if (e instanceof ConflictWithState) {
            return 409;
        }
        if (e instanceof InvalidInput) {
            return 400;
        }
        if (e instanceof UnknownReference || e instanceof Incomplete) {
            return 422;
        }
        throw new IllegalStateException("no status for " + e.getClass().getName());
    }
}
