package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.persistence.KeptReads;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.domain.OpportunityKind;
import gov.ca.calhr.um.participants.domain.OpportunityStatus;
import gov.ca.calhr.um.participants.service.OpportunityService.NewOpportunity;
import gov.ca.calhr.um.participants.service.OpportunityService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Training activities, T&D assignments and job openings in UM classes. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class OpportunityResource {

    public record OpportunityRequest(@NotNull OpportunityKind kind,
                                     @NotBlank @Size(max = 200) String title,
                                     @Size(max = 4000) String description,
                                     @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
                                     String classCode,
                                     @NotNull LocalDate opensOn,
                                     @NotNull LocalDate closesOn,
                                     @Size(max = 4000) String eligibilityNotes) {
    }

    public record OpportunityResponse(String opportunityId, String department, OpportunityKind kind, String title,
                                      String description, String classCode, LocalDate opensOn, LocalDate closesOn,
                                      String eligibilityNotes, Instant postedAt, OpportunityStatus status,
                                      String cancelledReason, int version, Instant updatedAt) {
        static OpportunityResponse of(Opportunity o) {
            return new OpportunityResponse(o.opportunityId.toString(), o.department, o.kind, o.title, o.description,
                    o.classCode, o.opensOn, o.closesOn, o.eligibilityNotes, o.postedAt, o.status, o.cancelledReason,
                    o.version, o.updatedAt);
        }
    }

    /** A later closing day. */
    public record ExtensionRequest(@NotNull LocalDate closesOn) {
    }

    /** Why the posting is cancelled (the employees it was announced to are told). */
    public record CancellationRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    private final OpportunityService service;
    private final CurrentCaller caller;
    private final KeptReads kept;

    public OpportunityResource(OpportunityService service, CurrentCaller caller, KeptReads kept) {
        this.service = service;
        this.caller = caller;
        this.kept = kept;
    }

    @POST
    @Path("/departments/{department}/opportunities")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR})
    @Operation(summary = "Announce an opportunity to the department's employees")
    @APIResponseSchema(value = OpportunityResponse.class, responseCode = "201",
            responseDescription = "Announced: the opportunity")
    public Response post(@PathParam("department") String department, @NotNull @Valid OpportunityRequest r) {
        Opportunity o = service.post(department, new NewOpportunity(r.kind(), r.title(), r.description(),
                r.classCode(), r.opensOn(), r.closesOn(), r.eligibilityNotes()), caller);
        return Response.status(Response.Status.CREATED).entity(OpportunityResponse.of(o)).build();
    }

    @GET
    @Path("/departments/{department}/opportunities")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Opportunities open on a day (today by default); all=true lists every one (coordinator, HR)")
    public Page<OpportunityResponse> list(@PathParam("department") String department,
                                          @Parameter(description = "The day they are open on (ISO date; today)")
                                          @QueryParam("openOn") LocalDate openOn,
                                          @Parameter(description = "true: all, open or not (coordinator, HR)")
                                          @QueryParam("all") @DefaultValue("false") boolean all,
                                          @Parameter(description = "Keep opportunities of this kind")
                                          @QueryParam("kind") OpportunityKind kind,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        LocalDate day = all ? null : openOn != null ? openOn : Timestamps.today();
        return kept.answer("opportunities",
                () -> service.list(department, day, kind, caller, page, size).map(OpportunityResponse::of),
                department, day, kind, page, size);
    }

    @GET
    @Path("/opportunities/{opportunityId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "One opportunity")
    public OpportunityResponse get(@PathParam("opportunityId") UUID opportunityId) {
        return kept.answer("opportunity", () -> OpportunityResponse.of(service.find(opportunityId, caller)),
                opportunityId);
    }

    @PUT
    @Path("/opportunities/{opportunityId}")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR})
    @Operation(summary = "Change what a posting says (its kind stays); the change is announced to the eligible "
            + "employees once it has opened")
    public OpportunityResponse change(@PathParam("opportunityId") UUID opportunityId,
                                      @NotNull @Valid OpportunityRequest r) {
        return OpportunityResponse.of(service.change(opportunityId, new NewOpportunity(r.kind(), r.title(),
                r.description(), r.classCode(), r.opensOn(), r.closesOn(), r.eligibilityNotes()), caller));
    }

    @POST
    @Path("/opportunities/{opportunityId}/extension")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR})
    @Operation(summary = "Extend a posting to a later closing day; the extension is announced")
    public OpportunityResponse extend(@PathParam("opportunityId") UUID opportunityId,
                                      @NotNull @Valid ExtensionRequest r) {
        return OpportunityResponse.of(service.extend(opportunityId, r.closesOn(), caller));
    }

    @POST
    @Path("/opportunities/{opportunityId}/cancellation")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR})
    @Operation(summary = "Cancel a posting with a reason; those it was announced to are told")
    public OpportunityResponse cancel(@PathParam("opportunityId") UUID opportunityId,
                                      @NotNull @Valid CancellationRequest r) {
        return OpportunityResponse.of(service.cancel(opportunityId, r.reason(), caller));
    }
}
