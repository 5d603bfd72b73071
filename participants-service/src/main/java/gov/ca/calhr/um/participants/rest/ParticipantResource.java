package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import gov.ca.calhr.um.participants.service.ParticipantService;
import gov.ca.calhr.um.participants.service.ParticipantService.ParticipantView;
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

    public record ParticipantResponse(String participantId, String employeeId, String department,
                                      String applicationId, String targetClassCode, ParticipantStatus status,
                                      String statusReason, LocalDate since, List<StatusChange> history) {
        static ParticipantResponse of(ParticipantView v) {
            Participant p = v.participant();
            return new ParticipantResponse(p.participantId.toString(), p.employeeId, p.department,
                    p.applicationId.toString(), v.application().targetClassCode, p.status, p.statusReason, p.since,
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
    @Operation(summary = "The department's UM participants")
    public Page<ParticipantResponse> list(@PathParam("department") String department,
                                          @QueryParam("status") ParticipantStatus status,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(department, status, caller, page, size)
                .map(p -> ParticipantResponse.of(service.view(p)));
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
