package gov.ca.calhr.um.classification.rest;

import gov.ca.calhr.um.classification.domain.CareerStep;
import gov.ca.calhr.um.classification.domain.StepKind;
import gov.ca.calhr.um.classification.service.CareerPathService;
import gov.ca.calhr.um.classification.service.CareerPathService.CareerPath;
import gov.ca.calhr.um.classification.service.CareerPathService.PathStep;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static gov.ca.calhr.um.classification.rest.ClassificationResource.CLASS_CODE;
import static gov.ca.calhr.um.classification.rest.ClassificationResource.CLASS_CODE_MESSAGE;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Career ladders")
public class CareerLadderResource {

    public record StepRequest(
            @NotNull @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String fromClassCode,
            @NotNull @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String toClassCode,
            @NotNull StepKind kind,
            @Size(max = 500) String note) {
    }

    /** {@code department}: null for a step of the statewide ladders, else the department whose own it is. */
    public record StepResponse(String fromClassCode, String toClassCode, StepKind kind, String note,
                               String department) {
        static StepResponse of(CareerStep s) {
            return new StepResponse(s.fromClass, s.toClass, s.kind, s.note, s.department());
        }
    }

    static final String DEPARTMENT = "^[A-Za-z0-9]{2,20}$";
    static final String DEPARTMENT_MESSAGE = "must be a department code (2-20 letters or digits)";

    public record PathStepResponse(String fromClassCode, String fromTitle, String toClassCode, String toTitle,
                                   String toUmCategory, StepKind kind, String note, BigDecimal salaryMinChange,
                                   BigDecimal salaryMaxChange) {
        static PathStepResponse of(PathStep s) {
            LocalDate today = Timestamps.today();
            return new PathStepResponse(s.from().classCode, s.from().titleAsOf(today), s.to().classCode,
                    s.to().titleAsOf(today), s.to().umCategory().name(), s.step().kind, s.step().note,
                    s.salaryMinChange(), s.salaryMaxChange());
        }
    }

    public record PathResponse(String fromClassCode, String toClassCode, String toTitle, int stepCount,
                               BigDecimal salaryGain, List<PathStepResponse> steps) {
        static PathResponse of(CareerPath p) {
            return new PathResponse(p.from().classCode, p.to().classCode,
                    p.to().titleAsOf(Timestamps.today()), p.steps().size(), p.salaryGain(),
                    p.steps().stream().map(PathStepResponse::of).toList());
        }
    }

    private final CareerPathService service;
    private final CurrentCaller caller;

    public CareerLadderResource(CareerPathService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    private static String department(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    @GET
    @Path("/career-ladders/steps")
    @Authenticated
    @Operation(summary = "The career-ladder steps that lead from or to a class",
            description = "The statewide steps and, with 'department', that department's own steps too.")
    public List<StepResponse> steps(@QueryParam("classCode") @NotNull
                                    @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String classCode,
                                    @Parameter(description = "Include this department's own ladders")
                                    @QueryParam("department") @Pattern(regexp = DEPARTMENT,
                                            message = DEPARTMENT_MESSAGE) String department) {
        return service.stepsOf(classCode, department(department)).stream().map(StepResponse::of).toList();
    }

    @PUT
    @Path("/career-ladders/steps")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Add or change a step of a career ladder (409 if it would close a cycle)")
    public StepResponse putStep(@NotNull @Valid StepRequest request) {
        return StepResponse.of(service.addStep(null, request.fromClassCode(), request.toClassCode(), request.kind(),
                request.note()));
    }

    @DELETE
    @Path("/career-ladders/steps/{from}/{to}")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Remove a career-ladder step")
    public void deleteStep(
            @Parameter(description = "The class code the step leads from")
            @PathParam("from") String from,
            @Parameter(description = "The class code the step leads to")
            @PathParam("to") String to) {
        service.removeStep(null, from, to);
    }

    @PUT
    @Path("/departments/{department}/career-ladders/steps")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR})
    @Operation(summary = "Add or change a step of the department's own career ladders (409 if it would close a cycle)",
            description = "Departments build ladders for their own LPEL classes beside the statewide ones; the "
                    + "department's path finder walks both, and where both have a step between the same classes "
                    + "the department's is used. For the department's UM coordinator and HR.")
    public StepResponse putDepartmentStep(@PathParam("department") String department,
                                          @NotNull @Valid StepRequest request) {
        caller.requireDepartment(department);
        return StepResponse.of(service.addStep(department(department), request.fromClassCode(),
                request.toClassCode(), request.kind(), request.note()));
    }

    @DELETE
    @Path("/departments/{department}/career-ladders/steps/{from}/{to}")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR})
    @Operation(summary = "Remove a step of the department's own career ladders")
    public void deleteDepartmentStep(
            @PathParam("department") String department,
            @Parameter(description = "The class code the step leads from")
            @PathParam("from") String from,
            @Parameter(description = "The class code the step leads to")
            @PathParam("to") String to) {
        caller.requireDepartment(department);
        service.removeStep(department(department), from, to);
    }

    @GET
    @Path("/career-paths")
    @Authenticated
    @Operation(summary = "Career paths between classes",
            description = "With 'to': the shortest paths (fewest steps, then greatest salary gain), each step with "
                    + "its salary change. Without 'to': every ELTPA class reachable from 'from', nearest first.")
    public List<PathResponse> paths(
            @Parameter(description = "The class code to start from, e.g. an LPEL class")
            @QueryParam("from") @NotNull @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String from,
            @Parameter(description = "The class code to reach (leave it out for every reachable ELTPA class)")
            @QueryParam("to") @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String to,
            @Parameter(description = "Walk this department's own ladders too, beside the statewide ones")
            @QueryParam("department") @Pattern(regexp = DEPARTMENT, message = DEPARTMENT_MESSAGE)
            String department) {
        String d = department(department);
        List<CareerPath> paths = to == null ? service.reachableEltpa(from, d) : service.paths(from, to, d);
        return paths.stream().map(PathResponse::of).toList();
    }
}
