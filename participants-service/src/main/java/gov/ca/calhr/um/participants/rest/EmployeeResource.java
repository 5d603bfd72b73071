package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Tenure;
import gov.ca.calhr.um.participants.domain.TimeBase;
import gov.ca.calhr.um.participants.service.EmployeeService;
import gov.ca.calhr.um.participants.service.EmployeeService.EmployeeView;
import gov.ca.calhr.um.participants.service.EmployeeService.LpelAppointee;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The employee registry personnel actions keep current. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employees")
public class EmployeeResource {

    public record TdAssignment(String classCode, String positionNumber, LocalDate since) {
    }

    public record EmployeeResponse(String employeeId, String department, String name, String email, Tenure tenure,
                                   TimeBase timeBase, EmployeeStatus status, String positionNumber,
                                   String currentClassCode, String currentClassTitle, String umCategory,
                                   LocalDate classEffective, String supervisorId, boolean lpelEligible,
                                   String participantId, String participantStatus, TdAssignment tdAssignment) {
        static EmployeeResponse of(EmployeeView v) {
            Employee e = v.employee();
            TdAssignment td = e.tdClassCode == null ? null
                    : new TdAssignment(e.tdClassCode, e.tdPositionNumber, e.tdEffective);
            return new EmployeeResponse(e.employeeId, e.department, e.name, e.email, e.tenure, e.timeBase, e.status,
                    e.positionNumber, e.currentClassCode, v.currentClass() == null ? null : v.currentClass().title,
                    v.currentClass() == null ? null : v.currentClass().umCategory, e.stateEffective, e.supervisorId,
                    v.lpelEligible(), v.participant() == null ? null : v.participant().participantId.toString(),
                    v.participant() == null ? null : v.participant().status.name(), td);
        }
    }

    private final EmployeeService service;
    private final CurrentCaller caller;

    public EmployeeResource(EmployeeService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/departments/{department}/employees")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "The department's employees; eligible=true keeps active employees in LPEL classes")
    public Page<EmployeeResponse> list(@PathParam("department") String department,
                                       @QueryParam("eligible") @DefaultValue("false") boolean eligible,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return Page.of(service.list(department, eligible, caller), page, size,
                e -> EmployeeResponse.of(service.view(e)));
    }

    @GET
    @Path("/employees/{employeeId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "One employee: themself, their supervisor, or their department's coordinator, HR, EEO")
    public EmployeeResponse get(@PathParam("employeeId") String employeeId) {
        return EmployeeResponse.of(service.find(employeeId, caller));
    }

    @GET
    @Path("/departments/{department}/lpel-appointees")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Employees appointed to an LPEL class on or after a date, with their welcome notice")
    public List<LpelAppointee> lpelAppointees(@PathParam("department") String department,
                                              @QueryParam("since") @NotNull LocalDate since) {
        return service.lpelAppointees(department, since, caller);
    }
}
