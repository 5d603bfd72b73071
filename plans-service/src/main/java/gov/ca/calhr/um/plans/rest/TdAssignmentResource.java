package gov.ca.calhr.um.plans.rest;

import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.plans.domain.TdStatus;
import gov.ca.calhr.um.plans.rest.PlanResource.TdAssignmentResponse;
import gov.ca.calhr.um.plans.service.TdAssignmentService.NewAssignment;
import gov.ca.calhr.um.plans.service.TdAssignmentService.Requester;
import gov.ca.calhr.um.plans.service.TdAssignmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Training and development assignments under an accepted plan. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "T&D assignments")
public class TdAssignmentResource {

    /** The signed agreement: all three parties and the day each agreed. */
    public record TdAssignmentRequest(@NotBlank @Size(max = 40) String receivingPosition,
                                      @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
                                      String receivingClassCode,
                                      @NotBlank @Size(max = 40) String currentSupervisorId,
                                      @NotBlank @Size(max = 40) String receivingSupervisorId,
                                      @NotNull LocalDate employeeAgreedOn,
                                      @NotNull LocalDate currentSupervisorAgreedOn,
                                      @NotNull LocalDate receivingSupervisorAgreedOn,
                                      @DecimalMin("0.1") @DecimalMax("1") @Digits(integer = 1, fraction = 3)
                                      BigDecimal timeBaseFraction,
                                      @NotNull LocalDate startDate,
                                      @NotNull LocalDate endDate,
                                      @NotBlank @Size(max = 40) String returnPosition) {
    }

    /**
     * {@code requestedBy} EMPLOYEE: the employee's written request, dated {@code requestedOn},
     * ends the assignment within 10 working days (earlier if {@code endDate} says so); DEPARTMENT:
     * the assignment ends on {@code endDate}.
     */
    public record EarlyEndRequest(@NotNull Requester requestedBy, @NotNull LocalDate requestedOn,
                                  LocalDate endDate, @NotBlank @Size(max = 4000) String reason) {
    }

    private final TdAssignmentService service;
    private final CurrentCaller caller;

    public TdAssignmentResource(TdAssignmentService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/plans/{planId}/td-assignments")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UM_COORDINATOR})
    @Operation(summary = "Record a T&D agreement (at most 24 months full-time equivalent, return right)")
    @APIResponseSchema(value = TdAssignmentResponse.class, responseCode = "201",
            responseDescription = "Recorded: the T&D assignment")
    public Response record(@PathParam("planId") UUID planId, @NotNull @Valid TdAssignmentRequest r) {
        var t = service.record(planId, new NewAssignment(r.receivingPosition(), r.receivingClassCode(),
                r.currentSupervisorId(), r.receivingSupervisorId(), r.employeeAgreedOn(),
                r.currentSupervisorAgreedOn(), r.receivingSupervisorAgreedOn(), r.timeBaseFraction(), r.startDate(),
                r.endDate(), r.returnPosition()), caller);
        return Response.status(Response.Status.CREATED).entity(TdAssignmentResponse.of(t)).build();
    }

    @POST
    @Path("/td-assignments/{assignmentId}/early-end")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR})
    @Operation(summary = "End an assignment early: an employee's written request is honoured within 10 working days")
    public TdAssignmentResponse endEarly(@PathParam("assignmentId") UUID assignmentId,
                                         @NotNull @Valid EarlyEndRequest r) {
        return TdAssignmentResponse.of(service.endEarly(assignmentId, r.requestedBy(), r.requestedOn(), r.endDate(),
                r.reason(), caller));
    }

    @GET
    @Path("/departments/{department}/td-assignments")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "The department's T&D assignments, the latest start first; status= keeps one status")
    public Page<TdAssignmentResponse> inDepartment(@PathParam("department") String department,
                                                   @Parameter(description = "AGREED, ENDING_EARLY or ENDED")
                                                   @QueryParam("status") TdStatus status,
                                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.inDepartment(department, status, caller, page, size).map(TdAssignmentResponse::of);
    }

    @GET
    @Path("/td-assignments/{assignmentId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "One T&D assignment: the employee, either supervisor, the department's staff")
    public TdAssignmentResponse get(@PathParam("assignmentId") UUID assignmentId) {
        return TdAssignmentResponse.of(service.find(assignmentId, caller));
    }
}
