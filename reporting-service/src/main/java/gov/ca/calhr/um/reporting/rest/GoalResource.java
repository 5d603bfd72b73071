package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.reporting.domain.GoalStatus;
import gov.ca.calhr.um.reporting.rest.ProgramResource.Years;
import gov.ca.calhr.um.reporting.service.GoalRecommendationService;
import gov.ca.calhr.um.reporting.service.GoalRecommendationService.Recommendation;
import gov.ca.calhr.um.reporting.service.GoalService;
import gov.ca.calhr.um.reporting.service.GoalService.GoalLine;
import gov.ca.calhr.um.reporting.service.GoalService.GoalView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Map;

/** A department's UM goals per fiscal year, reviewed by CalHR. */
@Path("/api/departments/{department}/goals/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class GoalResource {

    public record GoalLineRequest(@NotBlank @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
                                  String classCode,
                                  @NotNull @Min(0) @Max(10000) Integer expectedAppointments,
                                  @NotBlank @Size(max = 2000) String timetable) {
    }

    /** Every ELTPA class the department expects to appoint LPEL employees to, with a timetable. */
    public record GoalsRequest(@NotNull @Size(max = 200) List<@NotNull @Valid GoalLineRequest> goals) {
    }

    public record DecisionRequest(@Size(max = 4000) String comments) {
    }

    /** {@code goalSetId} names the set in the audit trail ({@code GET /api/audit?entity=goal_set&id=}). */
    public record GoalsResponse(UUID goalSetId, String department, String fiscalYear, GoalStatus status, String comments,
                                List<GoalLine> goals, Instant submittedAt, String decidedBy, Instant decidedAt) {
        static GoalsResponse of(GoalView v) {
            return new GoalsResponse(v.set().goalSetId, v.set().department, v.set().fiscalYear, v.set().status, v.set().comments,
                    v.goals().stream().map(g -> new GoalLine(g.classCode, g.expectedAppointments, g.timetable))
                            .toList(),
                    v.set().submittedAt, v.set().decidedBy, v.set().decidedAt);
        }
    }

    /** Openings the department anticipates per ELTPA class in the year. */
    public record OpeningsRequest(@NotNull @Size(max = 200) Map<@NotNull @Pattern(regexp = "\\d{4}",
            message = "must be a 4-digit class code") String, @NotNull @Min(0) @Max(10000) Integer> openings) {
    }

    private final GoalService service;
    private final GoalRecommendationService recommendations;
    private final CurrentCaller caller;

    public GoalResource(GoalService service, GoalRecommendationService recommendations, CurrentCaller caller) {
        this.service = service;
        this.recommendations = recommendations;
        this.caller = caller;
    }

    @GET
    @Path("/recommendation")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "A suggested goal per ELTPA class, with the working: three years of UM appointments, "
            + "anticipated openings, participants whose plans reach the class within the year")
    public Recommendation recommendation(@PathParam("department") String department,
                                         @PathParam("fiscalYear") String fy) {
        return recommendations.recommend(department, Years.parse(fy, "fiscalYear", false), caller);
    }

    @PUT
    @Path("/anticipated-openings")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Enter the openings the department anticipates per ELTPA class (replaces earlier figures)")
    public Map<String, Integer> openings(@PathParam("department") String department,
                                         @PathParam("fiscalYear") String fy, @NotNull @Valid OpeningsRequest r) {
        return recommendations.putOpenings(department, Years.parse(fy, "fiscalYear", false), r.openings(), caller);
    }

    @GET
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "The department's UM goals for a fiscal year")
    public GoalsResponse get(@PathParam("department") String department, @PathParam("fiscalYear") String fy) {
        return GoalsResponse.of(service.get(department, Years.parse(fy, "fiscalYear", false), caller));
    }

    @PUT
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Set the year's goals (a DRAFT or RETURNED set is replaced)")
    public GoalsResponse put(@PathParam("department") String department, @PathParam("fiscalYear") String fy,
                             @NotNull @Valid GoalsRequest r) {
        return GoalsResponse.of(service.put(department, Years.parse(fy, "fiscalYear", false),
                r.goals().stream().map(g -> new GoalLine(g.classCode(), g.expectedAppointments(), g.timetable()))
                        .toList(), caller));
    }

    @POST
    @Path("/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Submit the year's goals to CalHR")
    public GoalsResponse submit(@PathParam("department") String department, @PathParam("fiscalYear") String fy) {
        return GoalsResponse.of(service.submit(department, Years.parse(fy, "fiscalYear", false), caller));
    }

    @POST
    @Path("/approval")
    @RolesAllowed(Roles.CALHR_ANALYST)
    @Operation(summary = "CalHR approves the submitted goals")
    public GoalsResponse approve(@PathParam("department") String department, @PathParam("fiscalYear") String fy,
                                 @Valid DecisionRequest r) {
        return GoalsResponse.of(service.decide(department, Years.parse(fy, "fiscalYear", false), true,
                r == null ? null : r.comments(), caller));
    }

    @POST
    @Path("/return")
    @RolesAllowed(Roles.CALHR_ANALYST)
    @Operation(summary = "Return the submitted goals to the department with comments")
    public GoalsResponse returnGoals(@PathParam("department") String department, @PathParam("fiscalYear") String fy,
                                     @NotNull @Valid DecisionRequest r) {
        return GoalsResponse.of(service.decide(department, Years.parse(fy, "fiscalYear", false), false,
                r.comments(), caller));
    }
}
