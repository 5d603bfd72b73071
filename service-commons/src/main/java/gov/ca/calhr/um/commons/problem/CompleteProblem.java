package gov.ca.calhr.um.commons.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Locale;

/**
 * Every problem body carries {@code type}, {@code title}, {@code status}, {@code detail} and
 * {@code instance} (RFC 9457), whoever raised it: the framework's own answers (an unknown path, a
 * method or media type not supported) get a type named for their status, e.g.
 * {@code .../problems/not-found}, its reason as title, and a detail naming the request's path. The
 * extension fills {@code instance} with the path; {@link Problems} sets the rest for domain errors.
 */
@ApplicationScoped
@Unremovable
public class CompleteProblem implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null && problem.getTitle() != null && problem.getDetail() != null) {
            return problem;
        }
        int status = problem.getStatusCode();
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known != null ? known.getReasonPhrase() : "HTTP " + status;
        HttpProblem.Builder complete = HttpProblem.builder(problem);
        if (problem.getType() == null) {
            complete.withType(URI.create(Problems.TYPE_BASE
                    + reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
        }
        if (problem.getTitle() == null) {
            complete.withTitle(reason);
        }
        if (problem.getDetail() == null) {
            complete.withDetail(detail(status, reason, context.path));
        }
        return complete.build();
    }

    static String detail(int status, String reason, String path) {
        String at = path == null ? "" : " " + path;
        return switch (status) {
            case 404 -> "Nothing at" + at;
            case 405 -> "The method is not allowed on" + at;
            case 406 -> "None of the media types the Accept header names is offered by" + at;
            case 415 -> "The Content-Type is not one" + at + " accepts";
            case 401 -> "Sign in: a bearer token of the upward-mobility realm is required";
            case 403 -> "The caller may not do this";
            default -> reason + (at.isEmpty() ? "" : ":" + at);
        };
    }
}
