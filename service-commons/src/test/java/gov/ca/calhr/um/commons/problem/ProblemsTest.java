package gov.ca.calhr.um.commons.problem;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.Incomplete;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.error.UnknownReference;
import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each domain error is answered with the problem its kind has always had. */
class ProblemsTest {

    private static final String TYPES = "https://upward-mobility.ca.gov/problems/";

    @Test
    void eachKindHasItsStatusTypeAndTitle() {
        assertProblem(Problems.of(new NotFound("no plan P1 visible to you")), 404, "not-found", "Not Found",
                "no plan P1 visible to you");
        assertProblem(Problems.of(new NotAllowed("only HR may")), 403, "forbidden", "Forbidden", "only HR may");
        assertProblem(Problems.of(new ConflictWithState("already submitted")), 409, "conflict", "Conflict",
                "already submitted");
        assertProblem(Problems.of(new UnknownReference("toClassCode", "unknown class code 9999")), 422,
                "unknown-reference", "Unprocessable Content", "toClassCode: unknown class code 9999");
    }

    @Test
    void invalidInputNamesTheFieldAndWhereItIs() {
        HttpProblem body = Problems.of(InvalidInput.field("actions[3].effectiveDate", "must be a date"));
        assertProblem(body, 400, "invalid-field", "Bad Request", "actions[3].effectiveDate: must be a date");
        assertThat(body.getParameters()).containsEntry("violations",
                List.of(Map.of("field", "actions[3].effectiveDate", "in", "body", "message", "must be a date")));
        assertThat(Problems.of(InvalidInput.queryParameter("size", "at most 500")).getParameters().get("violations"))
                .isEqualTo(List.of(Map.of("field", "size", "in", "query", "message", "at most 500")));
        assertThat(Problems.of(InvalidInput.pathParameter("fy", "like 2025-26")).getParameters().get("violations"))
                .isEqualTo(List.of(Map.of("field", "fy", "in", "path", "message", "like 2025-26")));
        assertThat(Problems.invalidField("name", "is required").getParameters())
                .isEqualTo(Problems.of(InvalidInput.field("name", "is required")).getParameters());
    }

    @Test
    void aRejectedInputAndAnIncompleteOneKeepTheirOwnKindAndMembersInOrder() {
        HttpProblem rejected = Problems.of(InvalidInput.rejected("import-rejected", "2 error(s) in the file",
                Map.of("rows", List.of("line 3", "line 9"))));
        assertProblem(rejected, 400, "import-rejected", "Bad Request", "2 error(s) in the file");
        assertThat(rejected.getParameters()).containsEntry("rows", List.of("line 3", "line 9"));

        Map<String, Object> members = new LinkedHashMap<>();
        members.put("violations", List.of(Map.of("field", "goal", "in", "plan", "message", "is missing")));
        members.put("missingItems", List.of("goal"));
        HttpProblem incomplete = Problems.of(new Incomplete("plan-incomplete", "Plan incomplete",
                "the plan lacks goal", members));
        assertProblem(incomplete, 422, "plan-incomplete", "Plan incomplete", "the plan lacks goal");
        assertThat(incomplete.getParameters().keySet()).containsExactly("violations", "missingItems");
    }

    private static void assertProblem(HttpProblem p, int status, String kind, String title, String detail) {
        assertThat(p.getStatusCode()).isEqualTo(status);
        assertThat(p.getType()).isEqualTo(URI.create(TYPES + kind));
        assertThat(p.getTitle()).isEqualTo(title);
        assertThat(p.getDetail()).isEqualTo(detail);
    }
}
