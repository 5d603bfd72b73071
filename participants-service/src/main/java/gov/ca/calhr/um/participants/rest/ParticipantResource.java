package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import gov.ca.calhr.um.participants.service.ParticipantService;
import gov.ca.calhr.um.participants.service.ParticipantService.ParticipantView;
import gov.ca.calhr.um.participants.domain.ParticipantSearch;
import gov.ca.calhr.um.participants.domain.PlanCopy;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Participants of the UM program and their status history. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantResource {

    public record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    public record StatusChange(ParticipantStatus status, String reason, LocalDate effectiveDate, String changedBy,
                               String cause, Instant changedAt) {
    }

    /** The participation's latest career development plan, as plans-service announced it. */
    public record PlanSummary(String planId, String status, int revision, String targetClassCode,
                              LocalDate targetDate) {
    }

    public record ParticipantResponse(String participantId, String employeeId, String department,
                                      String applicationId, String targetClassCode, String opportunityId,
                                      ParticipantStatus status, String statusReason, LocalDate since,
                                      PlanSummary plan, List<StatusChange> history) {
        static ParticipantResponse of(ParticipantView v) {
            Participant p = v.participant();
            PlanCopy plan = v.plan();
            return new ParticipantResponse(p.participantId.toString(), p.employeeId, p.department,
                    p.applicationId.toString(), v.application().targetClassCode,
                    v.application().opportunityId == null ? null : v.application().opportunityId.toString(),
                    p.status, p.statusReason, p.since,
                    plan == null ? null : new PlanSummary(plan.planId.toString(), plan.status, plan.revision,
                            plan.targetClassCode, plan.targetDate),
                    v.history().stream().map(c -> new StatusChange(c.status, c.reason, c.effectiveDate, c.changedBy,
                            c.cause, c.changedAt)).toList());
        }
    }

    private final ParticipantService service;
    private final CurrentCaller caller;

    public ParticipantResource(ParticipantService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/departments/{department}/participants")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "The department's UM participants, filtered by status, target class, posting and plan status")
    public Page<ParticipantResponse> list(
            @PathParam("department") String department,
            @QueryParam("status") ParticipantStatus status,
            @Parameter(description = "The ELTPA class the participation targets")
            @QueryParam("targetClassCode") @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
            String targetClassCode,
            @Parameter(description = "The posting (opportunity) the participant applied to")
            @QueryParam("opportunityId") UUID opportunityId,
            @Parameter(description = "The status of the participation's career development plan, or NONE for "
                    + "participants without one")
            @QueryParam("planStatus") @Pattern(regexp = ParticipantSearch.PLAN_STATUSES,
                    message = "must be one of " + ParticipantSearch.PLAN_STATUSES) String planStatus,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(department, new ParticipantSearch(status, targetClassCode, opportunityId, planStatus),
                        caller, page, size)
                .mapRows(rows -> service.views(rows).stream().map(ParticipantResponse::of).toList());
    }

    @GET
    @Path("/participants/{participantId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "One UM participant")
    public ParticipantResponse get(@PathParam("participantId") UUID participantId) {
        return ParticipantResponse.of(service.find(participantId, caller));
    }

    @POST
    @Path("/participants/{participantId}/withdrawal")
    @RolesAllowed({Roles.EMPLOYEE, Roles.UM_COORDINATOR})
    @Operation(summary = "The participant leaves the program (or the coordinator records it); all parties are told")
    public ParticipantResponse withdraw(@PathParam("participantId") UUID participantId,
                                        @NotNull @Valid ReasonRequest r) {
        return ParticipantResponse.of(service.withdraw(participantId, r.reason(), caller));
    }

    @POST
    @Path("/participants/{participantId}/suspension")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Suspend an active participant not in good standing")
    public ParticipantResponse suspend(@PathParam("participantId") UUID participantId,
                                       @NotNull @Valid ReasonRequest r) {
        return ParticipantResponse.of(service.suspend(participantId, r.reason(), caller));
    }

    @POST
    @Path("/participants/{participantId}/reinstatement")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Reinstate a suspended participant once in good standing again")
    public ParticipantResponse reinstate(@PathParam("participantId") UUID participantId,
                                         @NotNull @Valid ReasonRequest r) {
        return ParticipantResponse.of(service.reinstate(participantId, r.reason(), caller));
    }
}
