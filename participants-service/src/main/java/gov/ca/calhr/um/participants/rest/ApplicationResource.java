package gov.ca.calhr.um.participants.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationDecision;
import gov.ca.calhr.um.participants.domain.ApplicationSearch;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.service.OpportunityService;
import gov.ca.calhr.um.participants.service.SelectionFactors;
import gov.ca.calhr.um.participants.service.ApplicationViews.Applicant;
import gov.ca.calhr.um.participants.service.ApplicationLifecycle;
import gov.ca.calhr.um.participants.service.ApplicationViews;
import gov.ca.calhr.um.participants.service.ApplicationViews.ApplicationView;
import gov.ca.calhr.um.participants.service.SelectionFactors.Factor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Applications to the UM program: apply, supervisor review, selection, withdrawal. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    public record ApplicationRequest(@NotBlank @Size(max = 4000) String careerGoal,
                                     @NotBlank @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
                                     String targetClassCode,
                                     UUID opportunityId) {
    }

    public record SupervisorReviewRequest(@NotNull Boolean approved, @Size(max = 4000) String comments) {
    }

    /**
     * {@code factors}: every selection factor of the CalHR guidelines (departmentObjectives,
     * staffingNeeds, availableFunds, tenure, performance, motivationAndPotential,
     * trainingRelevance), each with a score from 1 to 5 and/or a note.
     */
    public record SelectionRequest(@NotNull ApplicationStatus outcome,
                                   @NotBlank @Size(max = 4000) String reason,
                                   @NotNull Map<String, Factor> factors) {
    }

    public record Decision(ApplicationStatus outcome, String reason, Map<String, Factor> factors, String decidedBy,
                           Instant decidedAt) {
    }

    public record SupervisorReview(Boolean approved, String comments, String reviewedBy, Instant reviewedAt) {
    }

    public record ApplicationResponse(String applicationId, String employeeId, String department,
                                      String supervisorId, String careerGoal, String targetClassCode,
                                      String opportunityId, ApplicationStatus status, Instant submittedAt,
                                      SupervisorReview supervisorReview, List<Decision> decisions,
                                      String participantId) {
    }

    private static final TypeReference<Map<String, Factor>> FACTORS = new TypeReference<>() {
    };

    /** One applicant to a posting with the factors of the latest decision on them. */
    public record ApplicantFactors(String applicationId, String employeeId, String name, ApplicationStatus status,
                                   Instant submittedAt, ApplicationStatus outcome, String reason, Instant decidedAt,
                                   Map<String, Factor> factors, Integer totalScore, int scoredFactors) {
    }

    /** A posting's applicants side by side; {@code factors} names the selection factors in the guidelines' order. */
    public record SelectionComparison(String opportunityId, String title, String classCode, List<String> factors,
                                      List<ApplicantFactors> applicants) {
    }

    /** Why the applicant withdraws (optional). */
    public record WithdrawalRequest(@Size(max = 1000) String reason) {
    }

    private final ApplicationLifecycle lifecycle;
    private final ApplicationViews views;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;
    private final OpportunityService opportunities;

    public ApplicationResource(ApplicationLifecycle lifecycle, ApplicationViews views, CurrentCaller caller,
                               ObjectMapper mapper, OpportunityService opportunities) {
        this.opportunities = opportunities;
        this.lifecycle = lifecycle;
        this.views = views;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @Path("/applications")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Apply to the department's UM program (active employees in an LPEL class)")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "201",
            responseDescription = "Applied: the application, for the supervisor to review")
    public Response apply(@NotNull @Valid ApplicationRequest r) {
        ApplicationView v = lifecycle.submit(r.careerGoal(), r.targetClassCode(), r.opportunityId(), caller);
        return Response.status(Response.Status.CREATED).entity(response(v)).build();
    }

    @GET
    @Path("/applications/{applicationId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "One application to the department's UM program")
    public ApplicationResponse get(@PathParam("applicationId") UUID applicationId) {
        return response(views.find(applicationId, caller));
    }

    @GET
    @Path("/departments/{department}/applications")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Applications: all for the coordinator, HR and EEO; a supervisor's reports'; one's own")
    public Page<ApplicationResponse> list(
            @PathParam("department") String department,
            @QueryParam("status") ApplicationStatus status,
            @Parameter(description = "The ELTPA class the application targets")
            @QueryParam("targetClassCode") @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
            String targetClassCode,
            @Parameter(description = "The posting (opportunity) the application answers")
            @QueryParam("opportunityId") UUID opportunityId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return views.list(department, new ApplicationSearch(status, targetClassCode, opportunityId), caller, page, size)
                .mapRows(rows -> views.views(rows).stream().map(this::response).toList());
    }

    @POST
    @Path("/applications/{applicationId}/supervisor-review")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "The supervisor approves the application or not, with comments")
    public ApplicationResponse review(@PathParam("applicationId") UUID applicationId,
                                      @NotNull @Valid SupervisorReviewRequest r) {
        return response(lifecycle.supervisorReview(applicationId, r.approved(), r.comments(), caller));
    }

    @POST
    @Path("/applications/{applicationId}/selection")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "The coordinator selects, waitlists or does not select, weighing every selection factor")
    public ApplicationResponse select(@PathParam("applicationId") UUID applicationId,
                                      @NotNull @Valid SelectionRequest r) {
        return response(lifecycle.decide(applicationId, r.outcome(), r.reason(), r.factors(), caller));
    }

    @POST
    @Path("/applications/{applicationId}/withdrawal")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "The applicant withdraws an application still awaiting a decision, with a reason",
            description = "The reason is optional; it is recorded with the withdrawal, and the supervisor and the "
                    + "department's UM coordinator are told (in the portal and by mail), the applicant too.")
    public ApplicationResponse withdraw(@PathParam("applicationId") UUID applicationId,
                                        @Valid WithdrawalRequest request) {
        return response(lifecycle.withdraw(applicationId, request == null ? null : request.reason(), caller));
    }

    @GET
    @Path("/opportunities/{opportunityId}/applicants")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Everyone who applied to one posting, with the selection factors side by side",
            description = "For the department's UM coordinator, HR and EEO officer: each applicant with the "
                    + "factors of the latest selection decision on them (the CalHR guidelines' seven, in their "
                    + "order), the sum of the scores given, and how many factors were scored. Applicants not "
                    + "decided yet are listed with no factors.")
    public SelectionComparison applicants(@PathParam("opportunityId") UUID opportunityId) {
        Opportunity posting = opportunities.find(opportunityId, caller);
        List<ApplicantFactors> rows = views.applicantsTo(posting, caller).stream().map(this::applicant).toList();
        return new SelectionComparison(posting.opportunityId.toString(), posting.title, posting.classCode,
                SelectionFactors.FACTORS, rows);
    }

    private ApplicantFactors applicant(Applicant a) {
        Application app = a.application();
        Decision d = a.latestDecision() == null ? null : decision(a.latestDecision());
        Map<String, Factor> factors = d == null ? Map.of() : d.factors();
        int total = 0;
        int scored = 0;
        for (Factor f : factors.values()) {
            if (f != null && f.score() != null) {
                total += f.score();
                scored++;
            }
        }
        return new ApplicantFactors(app.applicationId.toString(), app.employeeId,
                a.employee() == null ? null : a.employee().name, app.status, app.submittedAt,
                d == null ? null : d.outcome(), d == null ? null : d.reason(), d == null ? null : d.decidedAt(),
                factors, scored == 0 ? null : total, scored);
    }

    private ApplicationResponse response(ApplicationView v) {
        Application a = v.application();
        SupervisorReview review = a.supervisorReviewedAt == null ? null
                : new SupervisorReview(a.supervisorApproved, a.supervisorComments, a.supervisorReviewedBy,
                a.supervisorReviewedAt);
        return new ApplicationResponse(a.applicationId.toString(), a.employeeId, a.department, a.supervisorId,
                a.careerGoal, a.targetClassCode, a.opportunityId == null ? null : a.opportunityId.toString(),
                a.status, a.submittedAt, review, v.decisions().stream().map(this::decision).toList(),
                a.participantId == null ? null : a.participantId.toString());
    }

    private Decision decision(ApplicationDecision d) {
        try {
            return new Decision(d.outcome, d.reason, mapper.readValue(d.factors, FACTORS), d.decidedBy, d.decidedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored selection factors unreadable for decision " + d.decisionId, e);
        }
    }
}
