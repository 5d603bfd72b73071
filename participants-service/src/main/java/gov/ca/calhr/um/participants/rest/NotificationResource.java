package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.persistence.KeptReads;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Notification;
import gov.ca.calhr.um.participants.service.NotificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    public record NotificationResponse(String notificationId, String department, String recipientEmployeeId,
                                       String recipientRole, String kind, String subjectId, String message,
                                       Instant createdAt) {
        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.notificationId.toString(), n.department, n.recipientEmployeeId,
                    n.recipientRole, n.kind, n.subjectId, n.message, n.createdAt);
        }
    }

    private final NotificationService service;
    private final CurrentCaller caller;
    private final KeptReads kept;

    public NotificationResource(NotificationService service, CurrentCaller caller, KeptReads kept) {
        this.service = service;
        this.caller = caller;
        this.kept = kept;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Messages to the caller and to the roles they hold in their department, newest first")
    public Page<NotificationResponse> mine(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return kept.answer("notifications", () -> service.mine(caller, page, size).map(NotificationResponse::of),
                page, size);
    }
}
