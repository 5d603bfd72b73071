package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.persistence.KeptReads;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import gov.ca.calhr.um.participants.domain.OpportunityKind;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import gov.ca.calhr.um.participants.domain.path.CareerLadders;
import gov.ca.calhr.um.participants.service.MyPath;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My path")
public class MyPathResource {

    public record ClassRef(String classCode, String title, String umCategory, BigDecimal salaryMin,
                           BigDecimal salaryMax) {
    }

    public record Eligibility(boolean eligible, String reason) {
    }

    /** One step of a path: the monthly range's change it brings. */
    public record PathStep(String fromClassCode, String toClassCode, String toTitle, String kind,
                           BigDecimal salaryMinChange, BigDecimal salaryMaxChange) {
    }

    /** An ELTPA class the employee can reach, by its best path. */
    public record ReachableClass(String classCode, String title, BigDecimal salaryMin, BigDecimal salaryMax,
                                 BigDecimal salaryMinChange, BigDecimal salaryMaxChange, List<PathStep> steps) {
        static ReachableClass of(CareerLadders.Path p) {
            return new ReachableClass(p.to().classCode(), p.to().title(), p.to().salaryMin(), p.to().salaryMax(),
                    p.salaryMinChange(), p.salaryMaxChange(), p.steps().stream()
                    .map(s -> new PathStep(s.from().classCode(), s.to().classCode(), s.to().title(), s.kind(),
                            s.salaryMinChange(), s.salaryMaxChange())).toList());
        }
    }

    public record OpenOpportunity(String opportunityId, OpportunityKind kind, String title, String classCode,
                                  LocalDate opensOn, LocalDate closesOn) {
    }

    public record ApplicationRef(String applicationId, ApplicationStatus status, String targetClassCode,
                                 Instant submittedAt) {
    }

    public record ParticipationRef(String participantId, ParticipantStatus status, LocalDate since) {
    }

    public record PlanRef(String planId, String status, String targetClassCode, LocalDate targetDate) {
    }

    public record NextStep(MyPath.Actor who, String what) {
    }

    public record PathResponse(String employeeId, String name, String department, ClassRef currentClass,
                               Eligibility eligibility, List<ReachableClass> reachableClasses,
                               List<OpenOpportunity> openOpportunities, ApplicationRef application,
                               ParticipationRef participation, PlanRef plan, NextStep nextStep) {
        static PathResponse of(MyPath.Answer a) {
            var c = a.currentClass();
            return new PathResponse(a.employee().employeeId, a.employee().name, a.employee().department,
                    c == null ? null : new ClassRef(c.classCode, c.title, c.umCategory, c.salaryMin, c.salaryMax),
                    new Eligibility(a.eligible(), a.reason()),
                    a.reachable().stream().map(ReachableClass::of).toList(),
                    a.openOpportunities().stream().map(o -> new OpenOpportunity(o.opportunityId.toString(), o.kind,
                            o.title, o.classCode, o.opensOn, o.closesOn)).toList(),
                    a.application() == null ? null : new ApplicationRef(a.application().applicationId.toString(),
                            a.application().status, a.application().targetClassCode, a.application().submittedAt),
                    a.participant() == null ? null : new ParticipationRef(a.participant().participantId.toString(),
                            a.participant().status, a.participant().since),
                    a.plan() == null ? null : new PlanRef(a.plan().planId.toString(), a.plan().status,
                            a.plan().targetClassCode, a.plan().targetDate),
                    new NextStep(a.next().who(), a.next().what()));
        }
    }

    private final MyPath path;
    private final CurrentCaller caller;
    private final KeptReads kept;

    public MyPathResource(MyPath path, CurrentCaller caller, KeptReads kept) {
        this.path = path;
        this.caller = caller;
        this.kept = kept;
    }

    @GET
    @Path("/me/path")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "The signed-in employee's path: eligibility, reachable ELTPA classes with salary changes, "
            + "open opportunities, application, participation and plan, and the next step",
            description = "Answered from participants-service's own facts and its copies of the catalog, the career "
                    + "ladders and the plans. Reachable classes are ranked as the catalog's path finder ranks them: "
                    + "fewest steps, then the greatest gain in the top of the monthly range.")
    @APIResponseSchema(value = PathResponse.class, responseDescription = "The signed-in employee's path")
    @APIResponse(responseCode = "404", description = "No employee record for the signed-in employee (HR has sent "
            + "no personnel action of theirs yet), or the sign-in carries no employee id")
    public PathResponse mine() {
        return kept.answer("my path", () -> PathResponse.of(path.mine(caller)));
    }

    @GET
    @Path("/employees/{employeeId}/path")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "An employee's path, for the employee, their supervisor of record and their department's staff")
    public PathResponse of(@PathParam("employeeId") String employeeId) {
        return kept.answer("path", () -> PathResponse.of(path.of(employeeId, caller)), employeeId);
    }
}
