package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.service.NoticeService;
import gov.ca.calhr.um.participants.service.WelcomeLetters;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Welcome notices")
public class NoticeResource {

    public record Coordinator(String name, String email, String phone) {
    }

    public record NoticeResponse(String noticeId, String employeeId, String department, String classCode,
                                 LocalDate appointedOn, String criteria, Coordinator coordinator, Instant issuedAt,
                                 Instant deliveredAt, Instant withdrawnAt, String withdrawnReason) {
        static NoticeResponse of(WelcomeNotice n) {
            Coordinator coordinator = n.coordinatorEmail == null ? null
                    : new Coordinator(n.coordinatorName, n.coordinatorEmail, n.coordinatorPhone);
            return new NoticeResponse(n.noticeId.toString(), n.employeeId, n.department, n.classCode, n.effectiveDate,
                    n.criteria, coordinator, n.issuedAt, n.deliveredAt, n.withdrawnAt, n.withdrawnReason);
        }
    }

    public static final String APPLICATION_PDF = "application/pdf";

    private final NoticeService service;
    private final WelcomeLetters letters;
    private final CurrentCaller caller;

    public NoticeResource(NoticeService service, WelcomeLetters letters, CurrentCaller caller) {
        this.service = service;
        this.letters = letters;
        this.caller = caller;
    }

    @GET
    @Path("/notices")
    @RolesAllowed({Roles.EMPLOYEE, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "An employee's welcome notices")
    public List<NoticeResponse> list(@QueryParam("employeeId") @NotBlank String employeeId) {
        return service.forEmployee(employeeId, caller).stream().map(NoticeResponse::of).toList();
    }

    @GET
    @Path("/departments/{department}/notices")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "The department's welcome notices; delivered=false lists those still to deliver")
    public Page<NoticeResponse> inDepartment(@PathParam("department") String department,
                                             @Parameter(description = "true: delivered ones; false: those to deliver")
                                             @QueryParam("delivered") Boolean delivered,
                                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.inDepartment(department, delivered, caller, page, size).map(NoticeResponse::of);
    }

    @GET
    @Path("/notices/{noticeId}/letter.pdf")
    @Produces(APPLICATION_PDF)
    @RolesAllowed({Roles.EMPLOYEE, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "The welcome letter of a notice as a printable PDF",
            description = "The letter the employee is mailed (the department's selection criteria and the "
                    + "coordinator's contact), for employees with little or no computer access and for the file.")
    @APIResponse(responseCode = "200", description = "The letter (PDF)",
            content = @Content(mediaType = APPLICATION_PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letter(@PathParam("noticeId") UUID noticeId) {
        WelcomeNotice notice = service.visible(noticeId, caller);
        return Response.ok(letters.pdf(notice), APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"um-welcome-letter-" + noticeId + ".pdf\"")
                .build();
    }

    @POST
    @Path("/notices/{noticeId}/delivery")
    @RolesAllowed({Roles.HR_SYSTEM, Roles.UM_COORDINATOR, Roles.HR})
    @Operation(summary = "Record that a welcome notice was delivered (repeating it changes nothing)")
    public NoticeResponse delivered(@PathParam("noticeId") UUID noticeId) {
        return NoticeResponse.of(service.markDelivered(noticeId, caller));
    }
}
