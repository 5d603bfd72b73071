package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Tenure;
import gov.ca.calhr.um.participants.domain.TimeBase;
import gov.ca.calhr.um.participants.service.PersonnelActionCommand;
import gov.ca.calhr.um.participants.service.PersonnelActionService;
import gov.ca.calhr.um.participants.service.PersonnelActionService.Outcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/personnel-actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Personnel actions")
public class PersonnelActionResource {

    public record EmployeeDetails(@NotBlank @Size(max = 200) String name,
                                  @Email @Size(max = 200) String email,
                                  @NotNull Tenure tenure,
                                  @NotNull TimeBase timeBase) {
    }

    public record PersonnelActionRequest(
            @NotBlank @Size(max = 80) String actionId,
            @NotBlank @Size(max = 40) String employeeId,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,20}", message = "must be a department code, e.g. DGS")
            String department,
            @NotBlank @Size(max = 40) String positionNumber,
            @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code") String fromClassCode,
            @NotBlank @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code") String toClassCode,
            @NotBlank @Pattern(regexp = "[A-Z][0-9A-Z]{2}", message = "must be an SCO transaction code, e.g. A01")
            String transactionCode,
            @NotNull LocalDate effectiveDate,
            @NotNull @Valid EmployeeDetails employee) {

        PersonnelActionCommand toCommand() {
            return new PersonnelActionCommand(actionId, employeeId, department, positionNumber, fromClassCode,
                    toClassCode, transactionCode, effectiveDate, employee.name(), employee.email(),
                    employee.tenure(), employee.timeBase());
        }
    }

    public record PersonnelActionResponse(String actionId, String employeeId, String welcomeNoticeId,
                                          boolean duplicate) {
    }

    private final PersonnelActionService service;

    public PersonnelActionResource(PersonnelActionService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.HR_SYSTEM)
    @Operation(summary = "Apply a personnel action (idempotent on actionId)",
            description = "202 when applied now; 200 with the original outcome when the actionId was seen before.")
    public Response post(@NotNull @Valid PersonnelActionRequest request) {
        Outcome outcome = service.apply(request.toCommand());
        PersonnelActionResponse body = new PersonnelActionResponse(outcome.actionId(), outcome.employeeId(),
                outcome.welcomeNoticeId(), outcome.duplicate());
        return Response.status(outcome.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(body).build();
    }
}
