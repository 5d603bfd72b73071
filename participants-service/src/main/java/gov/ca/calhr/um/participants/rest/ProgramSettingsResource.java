package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.service.ProgramSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A department's UM program settings; today: who the UM coordinator is. */
@Path("/api/departments/{department}/program-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Program settings")
public class ProgramSettingsResource {

    public record ProgramSettingsRequest(@NotBlank @Size(max = 200) String coordinatorName,
                                         @NotBlank @Email @Size(max = 200) String coordinatorEmail,
                                         @Size(max = 40) String coordinatorPhone) {
    }

    public record ProgramSettingsResponse(String department, String coordinatorName, String coordinatorEmail,
                                          String coordinatorPhone) {
        static ProgramSettingsResponse of(ProgramSettings s) {
            return new ProgramSettingsResponse(s.department, s.coordinatorName, s.coordinatorEmail,
                    s.coordinatorPhone);
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
    public ProgramSettingsResponse get(@PathParam("department") String department) {
        caller.requireDepartment(department);
        return ProgramSettingsResponse.of(service.get(department));
    }

    @PUT
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR})
    public ProgramSettingsResponse put(@PathParam("department") String department,
                                       @NotNull @Valid ProgramSettingsRequest request) {
        caller.requireDepartment(department);
        return ProgramSettingsResponse.of(service.put(department, request.coordinatorName(),
                request.coordinatorEmail(), request.coordinatorPhone()));
    }
}
