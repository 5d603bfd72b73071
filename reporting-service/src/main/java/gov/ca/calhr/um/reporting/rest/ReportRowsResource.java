package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.ReportRows.EligibleEmployeeRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.ParticipantRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.Rows;
import gov.ca.calhr.um.reporting.domain.ReportRows.SpendRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.UmAppointmentRow;
import gov.ca.calhr.um.reporting.rest.ProgramResource.Years;
import gov.ca.calhr.um.reporting.service.ReportDrillDown;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rows behind each figure of a department's annual report, so that an analyst can check a
 * figure by hand: JSON pages (page from 0, size up to 500), or every row as CSV when the Accept
 * header asks for text/csv.
 */
@Path("/api/reports/departments/{department}/{fiscalYear}")
@Produces({MediaType.APPLICATION_JSON, DepartmentReportResource.TEXT_CSV})
@RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
@Tag(name = "Reports")
public class ReportRowsResource {

    /** Reads one slice of the rows: {@code size} null for all of them. */
    @FunctionalInterface
    private interface Slice<T> {
        Rows<T> read(String department, FiscalYear year, int page, Integer size, CurrentCaller caller);
    }

    private final ReportDrillDown drillDown;
    private final CurrentCaller caller;

    public ReportRowsResource(ReportDrillDown drillDown, CurrentCaller caller) {
        this.drillDown = drillDown;
        this.caller = caller;
    }

    @GET
    @Path("/um-appointments")
    @Operation(summary = "The UM appointments counted in the year's figure (umAppointments[0].total)")
    @APIResponseSchema(value = RowPages.UmAppointmentRowPage.class,
            responseDescription = "A page of the rows (JSON), or all of them as CSV")
    public Response umAppointments(@PathParam("department") String department,
                                   @PathParam("fiscalYear") String fiscalYear,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
                                   @Context HttpHeaders headers) {
        return answer(UmAppointmentRow.class, drillDown::umAppointments, "um-appointments", department, fiscalYear,
                page, size, headers);
    }

    @GET
    @Path("/eligible-employees")
    @Operation(summary = "The employees counted as LPEL employees eligible for UM in the year (lpelEligibleEmployees)")
    @APIResponseSchema(value = RowPages.EligibleEmployeeRowPage.class,
            responseDescription = "A page of the rows (JSON), or all of them as CSV")
    public Response eligibleEmployees(@PathParam("department") String department,
                                      @PathParam("fiscalYear") String fiscalYear,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
                                      @Context HttpHeaders headers) {
        return answer(EligibleEmployeeRow.class, drillDown::eligibleEmployees, "eligible-employees", department,
                fiscalYear, page, size, headers);
    }

    @GET
    @Path("/participants")
    @Operation(summary = "The participants of the year with their status at its end (participantsByStatus)")
    @APIResponseSchema(value = RowPages.ParticipantRowPage.class,
            responseDescription = "A page of the rows (JSON), or all of them as CSV")
    public Response participants(@PathParam("department") String department,
                                 @PathParam("fiscalYear") String fiscalYear,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
                                 @Context HttpHeaders headers) {
        return answer(ParticipantRow.class, drillDown::participants, "participants", department, fiscalYear, page,
                size, headers);
    }

    @GET
    @Path("/spend")
    @Operation(summary = "The training activities whose spend the year's figures add up (spend.byCategory)")
    @APIResponseSchema(value = RowPages.SpendRowPage.class,
            responseDescription = "A page of the rows (JSON), or all of them as CSV")
    public Response spend(@PathParam("department") String department, @PathParam("fiscalYear") String fiscalYear,
                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
                          @Context HttpHeaders headers) {
        return answer(SpendRow.class, drillDown::spend, "spend", department, fiscalYear, page, size, headers);
    }

    private <T extends Record> Response answer(Class<T> type, Slice<T> slice, String name, String department,
                                               String fiscalYear, int page, int size, HttpHeaders headers) {
        FiscalYear year = Years.parse(fiscalYear, "fiscalYear", false);
        if (DepartmentReportResource.prefersCsv(headers)) {
            Rows<T> all = slice.read(department, year, 0, null, caller);
            return Response.ok(ReportCsv.table(type, all.items()), DepartmentReportResource.TEXT_CSV + ";charset=UTF-8")
                    .header("Content-Disposition", DepartmentReportResource.attachment(
                            department.toUpperCase() + "-" + year + "-" + name + ".csv"))
                    .build();
        }
        Rows<T> rows = slice.read(department, year, page, size, caller);
        return Response.ok(new Page<>(rows.items(), page, size, rows.total()), MediaType.APPLICATION_JSON).build();
    }
}
