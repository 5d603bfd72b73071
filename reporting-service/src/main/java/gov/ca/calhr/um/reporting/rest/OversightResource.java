package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.reporting.rest.ProgramResource.Years;
import gov.ca.calhr.um.reporting.service.OversightService;
import gov.ca.calhr.um.reporting.service.OversightService.DepartmentFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** CalHR's view across departments. (A department's compliance check: {@link ComplianceResource}.) */
@Path("/api/reports/statewide/{fiscalYear}")
@Produces({MediaType.APPLICATION_JSON, DepartmentReportResource.TEXT_CSV})
@Tag(name = "Oversight")
public class OversightResource {

    public record StatewideResponse(String fiscalYear, List<DepartmentFigures> departments,
                                    long lpelEligibleEmployees, long activeParticipants, long umAppointments,
                                    long goalExpected, List<String> notSubmitted, List<String> belowGoal) {
    }

    private final OversightService service;
    private final CurrentCaller caller;
    private final Rendered rendered;

    public OversightResource(OversightService service, CurrentCaller caller, Rendered rendered) {
        this.service = service;
        this.caller = caller;
        this.rendered = rendered;
    }

    @GET
    @RolesAllowed(Roles.CALHR_ANALYST)
    @Operation(summary = "Every department's figures and the state's totals; who has not submitted; who is below goal",
            description = "A department whose report stands submitted is counted as submitted. JSON unless the "
                    + "Accept header prefers text/csv: then one row per department.")
    @APIResponseSchema(value = StatewideResponse.class,
            responseDescription = "The statewide figures (JSON), or one CSV row per department")
    public Response statewide(@PathParam("fiscalYear") String fiscalYear, @Context HttpHeaders headers) {
        var s = service.statewide(Years.parse(fiscalYear, "fiscalYear", false), caller);
        if (DepartmentReportResource.prefersCsv(headers)) {
            return Response.ok(rendered.as(s, DepartmentReportResource.TEXT_CSV,
                                    () -> ReportCsv.table(DepartmentFigures.class, s.departments())),
                            DepartmentReportResource.TEXT_CSV + ";charset=UTF-8")
                    .header("Content-Disposition", DepartmentReportResource.attachment(
                            "statewide-" + s.fiscalYear() + "-um-report.csv"))
                    .build();
        }
        return Response.ok(rendered.json(s, () -> new StatewideResponse(s.fiscalYear().toString(), s.departments(),
                        s.lpelEligibleEmployees(), s.activeParticipants(), s.umAppointments(), s.goalExpected(),
                        s.notSubmitted(), s.belowGoal())), MediaType.APPLICATION_JSON).build();
    }
}
