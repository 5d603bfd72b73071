package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.reporting.service.ComplianceService;
import gov.ca.calhr.um.reporting.service.ComplianceService.Compliance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A department's standing against the program's rules. */
@Path("/api/departments/{department}/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Oversight")
public class ComplianceResource {

    private final ComplianceService service;
    private final CurrentCaller caller;

    public ComplianceResource(ComplianceService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "No coordinator, no written plan, participants without an accepted CDP, T&D assignments "
            + "over the limit, report overdue")
    public Compliance compliance(@PathParam("department") String department) {
        return service.compliance(department, caller);
    }
}
