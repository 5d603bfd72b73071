package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.service.DepartmentReportService;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.DepartmentReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/departments/{department}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class DepartmentReportResource {

    public record DepartmentReportResponse(String department, String fiscalYear, String fiscalYearStart,
                                           String fiscalYearEnd, long lpelEligibleEmployees) {
        static DepartmentReportResponse of(DepartmentReport r) {
            return new DepartmentReportResponse(r.department(), r.fiscalYear().toString(),
                    r.fiscalYear().firstDay().toString(), r.fiscalYear().lastDay().toString(),
                    r.lpelEligibleEmployees());
        }
    }

    private final DepartmentReportService service;
    private final CurrentCaller caller;

    public DepartmentReportResource(DepartmentReportService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    public DepartmentReportResponse get(@PathParam("department") String department,
                                        @PathParam("fiscalYear") String fiscalYear) {
        FiscalYear year;
        try {
            year = FiscalYear.parse(fiscalYear);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidPathParameter("fiscalYear", e.getMessage());
        }
        return DepartmentReportResponse.of(service.report(department, year, caller));
    }
}
