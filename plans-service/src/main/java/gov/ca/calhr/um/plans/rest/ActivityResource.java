package gov.ca.calhr.um.plans.rest;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.plans.domain.ActivityStatus;
import gov.ca.calhr.um.plans.domain.ActivityType;
import gov.ca.calhr.um.plans.domain.TrainingCategory;
import gov.ca.calhr.um.plans.rest.PlanResource.ActivityResponse;
import gov.ca.calhr.um.plans.service.ActivityService;
import gov.ca.calhr.um.plans.service.ActivityService.ActivityContent;
import gov.ca.calhr.um.plans.service.ActivityService.Spend;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A plan's activities, and the department's training spend they add up to. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities and training spend")
public class ActivityResource {

    public record NewActivityRequest(@NotNull ActivityType type,
                                     @NotBlank @Size(max = 200) String title,
                                     @Size(max = 200) String provider,
                                     @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal hours,
                                     LocalDate plannedStart, LocalDate plannedEnd,
                                     LocalDate actualStart, LocalDate actualEnd,
                                     ActivityStatus status,
                                     @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal cost,
                                     TrainingCategory trainingCategory) {
    }

    public record ActivityUpdateRequest(ActivityType type,
                                        @Size(min = 1, max = 200) String title,
                                        @Size(max = 200) String provider,
                                        @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal hours,
                                        LocalDate plannedStart, LocalDate plannedEnd,
                                        LocalDate actualStart, LocalDate actualEnd,
                                        ActivityStatus status,
                                        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal cost,
                                        TrainingCategory trainingCategory) {
    }

    public record SpendResponse(String department, String fiscalYear, LocalDate from, LocalDate to,
                                Map<TrainingCategory, BigDecimal> byCategory, BigDecimal total, long activities) {
        static SpendResponse of(Spend s) {
            return new SpendResponse(s.department(), s.fiscalYear().toString(), s.fiscalYear().firstDay(),
                    s.fiscalYear().lastDay(), s.byCategory(), s.total(), s.activities());
        }
    }

    private final ActivityService service;
    private final CurrentCaller caller;

    public ActivityResource(ActivityService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/plans/{planId}/activities")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR})
    @Operation(summary = "Add an activity (not to a suspended plan, nor one under review)")
    @APIResponseSchema(value = ActivityResponse.class, responseCode = "201",
            responseDescription = "Added: the activity")
    public Response add(@PathParam("planId") UUID planId, @NotNull @Valid NewActivityRequest r) {
        var a = service.add(planId, new ActivityContent(r.type(), r.title(), r.provider(), r.hours(),
                r.plannedStart(), r.plannedEnd(), r.actualStart(), r.actualEnd(), r.status(), r.cost(),
                r.trainingCategory()), caller);
        return Response.status(Response.Status.CREATED).entity(ActivityResponse.of(a)).build();
    }

    @PUT
    @Path("/plans/{planId}/activities/{activityId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR})
    @Operation(summary = "Record progress: actual dates, status, cost (fields left out stay as they are)")
    public ActivityResponse update(@PathParam("planId") UUID planId, @PathParam("activityId") UUID activityId,
                                   @NotNull @Valid ActivityUpdateRequest r) {
        return ActivityResponse.of(service.update(planId, activityId, new ActivityContent(r.type(), r.title(),
                r.provider(), r.hours(), r.plannedStart(), r.plannedEnd(), r.actualStart(), r.actualEnd(),
                r.status(), r.cost(), r.trainingCategory()), caller));
    }

    @GET
    @Path("/departments/{department}/training-spend")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Training spend of the department's plan activities that started in a fiscal year, "
            + "by training category (2 CCR 599.819)")
    public SpendResponse spend(@PathParam("department") String department,
                               @QueryParam("fiscalYear") String fiscalYear) {
        FiscalYear year;
        try {
            year = fiscalYear == null ? FiscalYear.of(Timestamps.today()) : FiscalYear.parse(fiscalYear);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidQueryParameter("fiscalYear", e.getMessage());
        }
        return SpendResponse.of(service.spend(department, year, caller));
    }
}
