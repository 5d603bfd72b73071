package gov.ca.calhr.um.plans.rest;

import gov.ca.calhr.um.commons.persistence.KeptReads;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.plans.domain.Activity;
import gov.ca.calhr.um.plans.domain.ActivityStatus;
import gov.ca.calhr.um.plans.domain.ActivityType;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanAction;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import gov.ca.calhr.um.plans.domain.SuspensionGround;
import gov.ca.calhr.um.plans.domain.TdAssignment;
import gov.ca.calhr.um.plans.domain.TdStatus;
import gov.ca.calhr.um.plans.domain.TrainingCategory;
import gov.ca.calhr.um.plans.domain.PlanRevision;
import gov.ca.calhr.um.plans.domain.RevisionStatus;
import gov.ca.calhr.um.plans.service.PlanAmendments;
import gov.ca.calhr.um.plans.service.PlanService;
import gov.ca.calhr.um.plans.service.PlanService.PlanContent;
import gov.ca.calhr.um.plans.service.PlanView;
import gov.ca.calhr.um.plans.service.PlanWorkflow;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Career development plans and their workflow. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Career development plans")
public class PlanResource {

    /**
     * A new plan: the employee drafts their own (naming {@code supervisorId}); a supervisor
     * drafts one for a report (naming {@code employeeId}).
     */
    public record PlanRequest(@Size(max = 40) String employeeId,
                              @Size(max = 40) String supervisorId,
                              @Size(max = 4000) String careerObjectives,
                              @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
                              String targetClassCode,
                              LocalDate targetDate) {
    }

    public record TransitionRequest(@Size(max = 4000) String reason, SuspensionGround ground,
                                    List<@Size(max = 200) String> missingItems) {
    }

    public record ActivityResponse(String activityId, ActivityType type, String title, String provider,
                                   BigDecimal hours, LocalDate plannedStart, LocalDate plannedEnd,
                                   LocalDate actualStart, LocalDate actualEnd, ActivityStatus status,
                                   BigDecimal cost, TrainingCategory trainingCategory) {
        static ActivityResponse of(Activity a) {
            return new ActivityResponse(a.activityId.toString(), a.type, a.title, a.provider, a.hours, a.plannedStart,
                    a.plannedEnd, a.actualStart, a.actualEnd, a.status, a.cost, a.trainingCategory);
        }
    }

    public record Agreement(String party, String employeeId, LocalDate agreedOn) {
    }

    public record TdAssignmentResponse(String assignmentId, String planId, String employeeId,
                                       String receivingPosition, String receivingClassCode,
                                       List<Agreement> agreements, BigDecimal timeBaseFraction,
                                       LocalDate startDate, LocalDate endDate, String returnPosition,
                                       TdStatus status, String earlyEndRequestedBy, LocalDate earlyEndRequestedOn,
                                       String earlyEndReason) {
        static TdAssignmentResponse of(TdAssignment t) {
            return new TdAssignmentResponse(t.assignmentId.toString(), t.planId.toString(), t.employeeId,
                    t.receivingPosition, t.receivingClassCode,
                    List.of(new Agreement("EMPLOYEE", t.employeeId, t.employeeAgreedOn),
                            new Agreement("CURRENT_SUPERVISOR", t.currentSupervisorId, t.currentSupervisorAgreedOn),
                            new Agreement("RECEIVING_SUPERVISOR", t.receivingSupervisorId,
                                    t.receivingSupervisorAgreedOn)),
                    t.timeBaseFraction, t.startDate, t.endDate, t.returnPosition, t.status, t.earlyEndRequestedBy,
                    t.earlyEndRequestedOn, t.earlyEndReason);
        }
    }

    public record Transition(PlanStatus from, PlanStatus to, String reason, String changedBy, String cause,
                             Instant changedAt) {
    }

    /** One revision of the plan's written content: the first as accepted, each amendment as proposed. */
    public record RevisionResponse(int revision, RevisionStatus status, String amendmentReason,
                                   String careerObjectives, String targetClassCode, LocalDate targetDate,
                                   String statusReason, List<String> missingItems, String createdBy,
                                   Instant createdAt, String acceptedBy, Instant acceptedAt) {
        static RevisionResponse of(PlanRevision r) {
            return new RevisionResponse(r.revision, r.status, r.amendmentReason, r.careerObjectives,
                    r.targetClassCode, r.targetDate, r.statusReason, items(r.missingItems), r.createdBy, r.createdAt,
                    r.acceptedBy, r.acceptedAt);
        }
    }

    /** An amendment of an accepted plan: why, and the content that changes (fields left out are carried over). */
    public record AmendmentRequest(@NotBlank @Size(max = 4000) String reason,
                                   @Size(max = 4000) String careerObjectives,
                                   @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
                                   String targetClassCode,
                                   LocalDate targetDate) {
    }

    public record WithdrawalRequest(@Size(max = 4000) String reason) {
    }

    private static List<String> items(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    /**
     * {@code revision}: the revision in force; {@code amendment}: the amendment in review (null when
     * none); {@code revisions}: every revision kept, oldest first (empty until the plan is first amended).
     */
    public record PlanResponse(String planId, String participantId, String employeeId, String department,
                               String supervisorId, String careerObjectives, String targetClassCode,
                               LocalDate targetDate, PlanStatus status, String statusReason,
                               SuspensionGround suspensionGround, List<String> missingItems, int revision,
                               String acceptedBy, Instant acceptedAt, RevisionResponse amendment,
                               List<RevisionResponse> revisions,
                               List<ActivityResponse> activities, List<TdAssignmentResponse> tdAssignments,
                               List<Transition> history) {
        static PlanResponse of(PlanView v) {
            Plan p = v.plan();
            return new PlanResponse(p.planId.toString(), p.participantId.toString(), p.employeeId, p.department,
                    p.supervisorId, p.careerObjectives, p.targetClassCode, p.targetDate, p.status, p.statusReason,
                    p.suspensionGround, items(p.missingItems), p.revision, p.coordinator, p.acceptedAt,
                    v.openAmendment().map(RevisionResponse::of).orElse(null),
                    v.revisions().stream().map(RevisionResponse::of).toList(),
                    v.activities().stream().map(ActivityResponse::of).toList(),
                    v.tdAssignments().stream().map(TdAssignmentResponse::of).toList(),
                    v.history().stream().map(t -> new Transition(t.fromStatus, t.toStatus, t.reason, t.changedBy,
                            t.cause, t.changedAt)).toList());
        }
    }

    private final PlanService plans;
    private final PlanWorkflow workflow;
    private final PlanAmendments amendments;
    private final CurrentCaller caller;
    private final KeptReads kept;

    public PlanResource(PlanService plans, PlanWorkflow workflow, PlanAmendments amendments, CurrentCaller caller,
                        KeptReads kept) {
        this.plans = plans;
        this.amendments = amendments;
        this.workflow = workflow;
        this.caller = caller;
        this.kept = kept;
    }

    @POST
    @Path("/plans")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Start a draft plan for an active participant (one plan in progress at a time)")
    @APIResponseSchema(value = PlanResponse.class, responseCode = "201",
            responseDescription = "Started: the draft plan")
    public Response create(@NotNull @Valid PlanRequest r) {
        PlanView v = plans.create(r.employeeId(), new PlanContent(r.careerObjectives(), r.targetClassCode(),
                r.targetDate(), r.supervisorId()), caller);
        return Response.status(Response.Status.CREATED).entity(PlanResponse.of(v)).build();
    }

    @PUT
    @Path("/plans/{planId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Change a DRAFT or RETURNED plan (fields left out stay as they are)")
    public PlanResponse update(@PathParam("planId") UUID planId, @NotNull @Valid PlanRequest r) {
        return PlanResponse.of(plans.update(planId, new PlanContent(r.careerObjectives(), r.targetClassCode(),
                r.targetDate(), r.supervisorId()), caller));
    }

    @GET
    @Path("/plans/{planId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "One career development plan")
    public PlanResponse get(@PathParam("planId") UUID planId) {
        return kept.answer("plan", () -> PlanResponse.of(plans.find(planId, caller)), planId);
    }

    @GET
    @Path("/departments/{department}/plans")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Plans: the department's for its staff, a supervisor's reports', an employee's own")
    public Page<PlanResponse> list(@PathParam("department") String department,
                                   @QueryParam("status") PlanStatus status,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return plans.list(department, status, caller, page, size)
                .mapRows(rows -> plans.views(rows).stream().map(PlanResponse::of).toList());
    }

    @POST
    @Path("/plans/{planId}/submission")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "The employee (or supervisor) submits the draft (or an ACTIVE plan's amendment) to the supervisor")
    public PlanResponse submit(@PathParam("planId") UUID planId, @Valid TransitionRequest r) {
        return take(planId, PlanAction.SUBMIT, r);
    }

    @POST
    @Path("/plans/{planId}/supervisor-approval")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "The supervisor approves the plan (or its amendment): it goes to the UM coordinator")
    public PlanResponse supervisorApprove(@PathParam("planId") UUID planId, @Valid TransitionRequest r) {
        return take(planId, PlanAction.SUPERVISOR_APPROVE, r);
    }

    @POST
    @Path("/plans/{planId}/supervisor-return")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "The supervisor returns the plan (or its amendment) to the employee, with a reason")
    public PlanResponse supervisorReturn(@PathParam("planId") UUID planId, @NotNull @Valid TransitionRequest r) {
        return take(planId, PlanAction.SUPERVISOR_RETURN, r);
    }

    @POST
    @Path("/plans/{planId}/acceptance")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "The coordinator accepts a complete plan (objectives, ELTPA target, an activity, "
            + "timetable): it becomes ACTIVE; an incomplete one is a 422 naming what is missing")
    public PlanResponse accept(@PathParam("planId") UUID planId, @Valid TransitionRequest r) {
        return take(planId, PlanAction.ACCEPT, r);
    }

    @POST
    @Path("/plans/{planId}/coordinator-return")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "The coordinator returns the plan (or its amendment) with the missing items named")
    public PlanResponse coordinatorReturn(@PathParam("planId") UUID planId, @NotNull @Valid TransitionRequest r) {
        return take(planId, PlanAction.COORDINATOR_RETURN, r);
    }

    @POST
    @Path("/plans/{planId}/suspension")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Suspend an active plan: the participant is not in good standing (ground and reason)")
    public PlanResponse suspend(@PathParam("planId") UUID planId, @NotNull @Valid TransitionRequest r) {
        return take(planId, PlanAction.SUSPEND, r);
    }

    @POST
    @Path("/plans/{planId}/reinstatement")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Reinstate a suspended plan once good standing returns")
    public PlanResponse reinstate(@PathParam("planId") UUID planId, @NotNull @Valid TransitionRequest r) {
        return take(planId, PlanAction.REINSTATE, r);
    }

    @POST
    @Path("/plans/{planId}/amendment")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Amend an accepted (ACTIVE) plan: a new revision, reviewed like the first",
            description = "The employee or their supervisor proposes a new revision of the plan's objectives, target "
                    + "class and timetable, with the reason. It is submitted, approved by the supervisor and "
                    + "accepted by the coordinator through the plan's usual steps (submission, supervisor-approval, "
                    + "acceptance and the returns), which act on the amendment while the plan is ACTIVE. The plan "
                    + "stays in force meanwhile; on acceptance the new revision replaces it and earlier revisions "
                    + "are kept. One amendment in review at a time (409).")
    @APIResponseSchema(value = PlanResponse.class, responseCode = "201",
            responseDescription = "Started: the plan with its amendment in DRAFT")
    public Response amend(@PathParam("planId") UUID planId, @NotNull @Valid AmendmentRequest r) {
        PlanView v = amendments.start(planId, r.reason(), new PlanContent(r.careerObjectives(), r.targetClassCode(),
                r.targetDate(), null), caller);
        return Response.status(Response.Status.CREATED).entity(PlanResponse.of(v)).build();
    }

    @PUT
    @Path("/plans/{planId}/amendment")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Change the plan's amendment while it is DRAFT or RETURNED (fields left out stay as they are)")
    public PlanResponse changeAmendment(@PathParam("planId") UUID planId, @NotNull @Valid PlanRequest r) {
        return PlanResponse.of(amendments.update(planId, new PlanContent(r.careerObjectives(), r.targetClassCode(),
                r.targetDate(), r.supervisorId()), caller));
    }

    @POST
    @Path("/plans/{planId}/amendment/withdrawal")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Withdraw the plan's amendment in review: the plan stays as accepted")
    public PlanResponse withdrawAmendment(@PathParam("planId") UUID planId, @Valid WithdrawalRequest r) {
        return PlanResponse.of(amendments.withdraw(planId, r == null ? null : r.reason(), caller));
    }

    private PlanResponse take(UUID planId, PlanAction action, TransitionRequest r) {
        TransitionRequest t = r == null ? new TransitionRequest(null, null, null) : r;
        return PlanResponse.of(workflow.take(planId, action, t.reason(), t.ground(), t.missingItems(), caller));
    }
}
