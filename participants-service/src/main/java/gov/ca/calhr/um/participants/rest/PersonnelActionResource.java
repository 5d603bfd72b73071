package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.domain.Tenure;
import gov.ca.calhr.um.participants.domain.TimeBase;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect.Disposition;
import gov.ca.calhr.um.participants.domain.PersonnelActionCommand;
import gov.ca.calhr.um.participants.service.PersonnelActionRequest;
import gov.ca.calhr.um.participants.service.PersonnelActionService;
import gov.ca.calhr.um.participants.service.PersonnelActionService.Outcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/personnel-actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Personnel actions")
public class PersonnelActionResource {

    /** Most actions one batch request may carry. */
    public static final int MAX_BATCH = 5000;

    /**
     * What became of the action: {@code disposition} APPLIED (in effect), SAME_MOVE (a move already
     * reported under {@code sameMoveAs}), SCHEDULED (dated after today), CANCELLED or CANCELS.
     */
    public record PersonnelActionResponse(String actionId, String employeeId, String welcomeNoticeId,
                                          boolean umAppointment, boolean duplicate, Disposition disposition,
                                          String sameMoveAs) {
        static PersonnelActionResponse of(Outcome o) {
            return new PersonnelActionResponse(o.actionId(), o.employeeId(), o.welcomeNoticeId(), o.umAppointment(),
                    o.duplicate(), o.disposition(), o.sameMoveAs());
        }
    }

    public record CancellationRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    public record BatchRequest(@NotNull @NotEmpty @Size(max = MAX_BATCH) List<@NotNull @Valid PersonnelActionRequest> actions) {
    }

    public record BatchResponse(int applied, int duplicates, List<PersonnelActionResponse> results) {
    }

    private final PersonnelActionService service;
    private final CurrentCaller caller;

    public PersonnelActionResource(PersonnelActionService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.HR_SYSTEM)
    @Operation(summary = "Apply a personnel action (idempotent on actionId)",
            description = "202 when applied now; 200 with the original outcome when the actionId was seen before.")
    @APIResponseSchema(value = PersonnelActionResponse.class, responseCode = "202",
            responseDescription = "Applied: what became of the action")
    @APIResponse(responseCode = "200", description = "Seen before under this actionId: the first outcome, unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonnelActionResponse.class)))
    public Response post(@NotNull @Valid PersonnelActionRequest request) {
        Outcome outcome = service.apply(request.toCommand());
        return Response.status(outcome.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(PersonnelActionResponse.of(outcome)).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.HR_SYSTEM)
    @Operation(summary = "Apply up to 5,000 personnel actions, all or none",
            description = "One transaction: an invalid action rejects the whole batch, naming it as actions[i]. "
                    + "Actions seen before are reported as duplicates and change nothing.")
    public BatchResponse batch(@NotNull @Valid BatchRequest request) {
        List<Outcome> outcomes = service.applyAll(request.actions().stream()
                .map(PersonnelActionRequest::toCommand).toList());
        int duplicates = (int) outcomes.stream().filter(Outcome::duplicate).count();
        return new BatchResponse(outcomes.size() - duplicates, duplicates,
                outcomes.stream().map(PersonnelActionResponse::of).toList());
    }

    @POST
    @Path("/{actionId}/cancellation")
    @RolesAllowed({Roles.HR_SYSTEM, Roles.HR})
    @Operation(summary = "Cancel a personnel action: what it caused is undone",
            description = "HR systems for any department, HR for its own. 202 when cancelled now; 200 with the "
                    + "first cancellation when it was cancelled before. The SCO cancel transaction (actionType "
                    + "CANCELLATION naming cancelsActionId) does the same.")
    @APIResponseSchema(value = PersonnelActionResponse.class, responseCode = "202",
            responseDescription = "Cancelled: what became of the action")
    @APIResponse(responseCode = "200", description = "Cancelled before: the first cancellation, unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonnelActionResponse.class)))
    public Response cancel(@PathParam("actionId") String actionId, @NotNull @Valid CancellationRequest request) {
        Outcome outcome = service.cancel(actionId, request.reason(), caller);
        return Response.status(outcome.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(PersonnelActionResponse.of(outcome)).build();
    }
}
