package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import gov.ca.calhr.um.reporting.domain.GoodFaithAction;
import gov.ca.calhr.um.reporting.domain.ProgramYear;
import gov.ca.calhr.um.reporting.service.ProgramService;
import gov.ca.calhr.um.reporting.service.ProgramService.ProgramContent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A department's UM program: coordinator, written-plan elements, budget, UM classes; good-faith actions. */
@Path("/api/departments/{department}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Department program")
public class ProgramResource {

    public record ProgramRequest(@NotBlank @Size(max = 200) String coordinatorName,
                                 @NotBlank @Email @Size(max = 200) String coordinatorEmail,
                                 @Size(max = 40) String coordinatorPhone,
                                 @Size(max = 20000) String policyStatement,
                                 @Size(max = 20000) String componentsOffered,
                                 @Size(max = 20000) String howToAccess,
                                 @Size(max = 20000) String selectionCriteria,
                                 @Size(max = 20000) String rolesResponsibilities,
                                 @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal annualTrainingBudget,
                                 @Schema(description = "not accepted here: classification-service keeps a "
                                         + "department's UM classes (PUT /api/departments/{department}/um-classifications)",
                                         readOnly = true) List<String> umClassCodes) {
    }

    public record ProgramResponse(String department, String coordinatorName, String coordinatorEmail,
                                  String coordinatorPhone, String policyStatement, String componentsOffered,
                                  String howToAccess, String selectionCriteria, String rolesResponsibilities,
                                  BigDecimal annualTrainingBudget,
                                  @Schema(description = "the department's UM classes as classification-service "
                                          + "last announced them") List<String> umClassCodes,
                                  Instant updatedAt) {
        static ProgramResponse of(DepartmentProgram p, List<String> umClassCodes) {
            return new ProgramResponse(p.department, p.coordinatorName, p.coordinatorEmail, p.coordinatorPhone,
                    p.policyStatement, p.componentsOffered, p.howToAccess, p.selectionCriteria,
                    p.rolesResponsibilities, p.annualTrainingBudget, umClassCodes, p.updatedAt);
        }
    }

    /** What the department states for one fiscal year; the amount assigned to UM is part of the training budget. */
    public record ProgramYearRequest(@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal trainingBudget,
                                     @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal assignedToUm) {
    }

    public record ProgramYearResponse(String department, String fiscalYear, BigDecimal trainingBudget,
                                      BigDecimal assignedToUm, BigDecimal assignedToUmPercentOfBudget,
                                      Instant updatedAt) {
        static ProgramYearResponse of(ProgramYear y) {
            return new ProgramYearResponse(y.department(), y.fiscalYear(), y.trainingBudget(), y.assignedToUm(),
                    y.percentOfBudget(y.assignedToUm()), y.updatedAt());
        }
    }

    public record GoodFaithActionRequest(@NotNull LocalDate actionDate,
                                         @NotBlank @Size(max = 40) String category,
                                         @NotBlank @Size(max = 4000) String description) {
    }

    public record GoodFaithActionResponse(String actionId, String fiscalYear, LocalDate actionDate, String category,
                                          String description) {
        static GoodFaithActionResponse of(GoodFaithAction a) {
            return new GoodFaithActionResponse(a.actionId.toString(), a.fiscalYear, a.actionDate, a.category,
                    a.description);
        }
    }

    private final ProgramService service;
    private final CurrentCaller caller;

    public ProgramResource(ProgramService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/program")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "The department's UM program: coordinator, written plan, EEO officer")
    @APIResponseSchema(value = ProgramResponse.class, responseDescription = "The program")
    @APIResponse(responseCode = "404", description = "The department has not described its program yet")
    public ProgramResponse get(@PathParam("department") String department) {
        return ProgramResponse.of(service.get(department, caller), service.umClasses(department));
    }

    @PUT
    @Path("/program")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Describe the department's UM program; a new coordinator contact is announced "
            + "(DepartmentProgramChanged) and welcome notices name it")
    public ProgramResponse put(@PathParam("department") String department, @NotNull @Valid ProgramRequest r) {
        if (r.umClassCodes() != null) {
            throw Problems.invalidField("umClassCodes", "a department's UM classes are kept by classification-service: "
                    + "PUT /api/departments/" + department + "/um-classifications there");
        }
        return ProgramResponse.of(service.put(department, new ProgramContent(r.coordinatorName(),
                r.coordinatorEmail(), r.coordinatorPhone(), r.policyStatement(), r.componentsOffered(),
                r.howToAccess(), r.selectionCriteria(), r.rolesResponsibilities(), r.annualTrainingBudget()),
                caller), service.umClasses(department));
    }

    @GET
    @Path("/program-years")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "What the department stated for each fiscal year: training budget, amount assigned to UM")
    public List<ProgramYearResponse> years(@PathParam("department") String department) {
        return service.years(department, caller).stream().map(ProgramYearResponse::of).toList();
    }

    @GET
    @Path("/program-years/{fiscalYear}")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "What the department stated for one fiscal year")
    public ProgramYearResponse year(@PathParam("department") String department,
                                    @PathParam("fiscalYear") String fiscalYear) {
        return ProgramYearResponse.of(service.year(department, Years.parse(fiscalYear, "fiscalYear", false), caller));
    }

    @PUT
    @Path("/program-years/{fiscalYear}")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "State the fiscal year's training budget and the amount of it assigned to UM (that "
            + "year's report reads them)")
    public ProgramYearResponse putYear(@PathParam("department") String department,
                                       @PathParam("fiscalYear") String fiscalYear,
                                       @NotNull @Valid ProgramYearRequest r) {
        return ProgramYearResponse.of(service.putYear(department, Years.parse(fiscalYear, "fiscalYear", false),
                new ProgramService.YearStatement(r.trainingBudget(), r.assignedToUm()), caller));
    }

    @POST
    @Path("/good-faith-actions")
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Record a good-faith action the department took (reported in its fiscal year)")
    @APIResponseSchema(value = GoodFaithActionResponse.class, responseCode = "201",
            responseDescription = "Recorded: the good-faith action")
    public Response recordAction(@PathParam("department") String department,
                                 @NotNull @Valid GoodFaithActionRequest r) {
        GoodFaithAction a = service.recordAction(department, r.actionDate(), r.category(), r.description(), caller);
        return Response.status(Response.Status.CREATED).entity(GoodFaithActionResponse.of(a)).build();
    }

    @GET
    @Path("/good-faith-actions")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "The good-faith actions recorded for a fiscal year")
    public List<GoodFaithActionResponse> actions(@PathParam("department") String department,
                                                 @QueryParam("fiscalYear") @NotNull String fiscalYear) {
        ProgramService.Access.requireReader(department, caller);
        return service.actions(department, Years.parse(fiscalYear, "fiscalYear", true)).stream()
                .map(GoodFaithActionResponse::of).toList();
    }

    /** Parses a fiscal year parameter into a 400 naming it when malformed. */
    static final class Years {

        private Years() {
        }

        static FiscalYear parse(String text, String name, boolean query) {
            try {
                return FiscalYear.parse(text);
            } catch (IllegalArgumentException e) {
                throw query ? Problems.invalidQueryParameter(name, e.getMessage())
                        : Problems.invalidPathParameter(name, e.getMessage());
            }
        }
    }
}
