package gov.ca.calhr.um.classification.rest;

import gov.ca.calhr.um.classification.service.DepartmentUmClassService;
import gov.ca.calhr.um.classification.service.DepartmentUmClassService.DepartmentUmClasses;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/departments/{department}/um-classifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Department UM classifications")
public class DepartmentUmClassResource {

    public record DepartmentUmClassesRequest(@NotNull List<@NotNull String> umClassCodes,
                                             @NotNull List<@NotNull String> bridgingClassCodes) {
    }

    public record DepartmentUmClassesResponse(String department, List<ClassificationResponse> umClasses,
                                              List<ClassificationResponse> bridgingClasses) {
        static DepartmentUmClassesResponse of(DepartmentUmClasses d) {
            LocalDate today = Timestamps.today();
            return new DepartmentUmClassesResponse(d.department(),
                    d.umClasses().stream().map(c -> ClassificationResponse.of(c, today)).toList(),
                    d.bridgingClasses().stream().map(c -> ClassificationResponse.of(c, today)).toList());
        }
    }

    private final DepartmentUmClassService service;
    private final CurrentCaller caller;

    public DepartmentUmClassResource(DepartmentUmClassService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The department's UM (ELTPA) and bridging classes")
    public DepartmentUmClassesResponse get(@PathParam("department") String department) {
        return DepartmentUmClassesResponse.of(service.get(department));
    }

    @PUT
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Replace the department's UM (ELTPA) and bridging classes",
            description = "Only ELTPA classes may be UM classes and only BRIDGING classes bridging classes.")
    public DepartmentUmClassesResponse put(@PathParam("department") String department,
                                           @NotNull @Valid DepartmentUmClassesRequest request) {
        caller.requireDepartment(department);
        return DepartmentUmClassesResponse.of(service.replace(department, request.umClassCodes(),
                request.bridgingClassCodes()));
    }
}
