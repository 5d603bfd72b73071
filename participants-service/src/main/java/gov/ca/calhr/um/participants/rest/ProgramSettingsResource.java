package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.service.ProgramSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who a department's UM coordinator is, as welcome notices name them. Read-only here: the
 * coordinator keeps the department's program in reporting-service ({@code PUT
 * /api/departments/{department}/program}), whose DepartmentProgramChanged events update it.
 */
@Path("/api/departments/{department}/program-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Program settings")
public class ProgramSettingsResource {

    public record ProgramSettingsResponse(String department, String coordinatorName, String coordinatorEmail,
                                          String coordinatorPhone, String selectionCriteria) {
        static ProgramSettingsResponse of(ProgramSettings s) {
            return new ProgramSettingsResponse(s.department, s.coordinatorName, s.coordinatorEmail,
                    s.coordinatorPhone, s.selectionCriteria);
        }
    }

    private final ProgramSettingsService service;
    private final CurrentCaller caller;

    public ProgramSettingsResource(ProgramSettingsService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "The department's UM coordinator contact, as welcome notices name it")
    @APIResponseSchema(value = ProgramSettingsResponse.class, responseDescription = "The coordinator contact")
    @APIResponse(responseCode = "404", description = "The department has not named its coordinator yet")
    public ProgramSettingsResponse get(@PathParam("department") String department) {
        caller.requireDepartment(department);
        return ProgramSettingsResponse.of(service.get(department));
    }

}
