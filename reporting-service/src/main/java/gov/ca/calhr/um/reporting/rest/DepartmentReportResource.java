package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.reporting.rest.ProgramResource.GoodFaithActionResponse;
import gov.ca.calhr.um.reporting.rest.ProgramResource.Years;
import gov.ca.calhr.um.reporting.service.DepartmentReportService;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.CalendarYearAppointments;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.DepartmentReport;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Edition;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.SubmittedVersion;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.WrittenPlan;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Goals;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.LastYear;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Spend;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Submission;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.YearAppointments;
import gov.ca.calhr.um.reporting.service.ReportSubmissionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/api/reports/departments/{department}/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class DepartmentReportResource {

    public static final String TEXT_CSV = "text/csv";
    public static final String APPLICATION_PDF = "application/pdf";

    public record DepartmentReportResponse(String department, String fiscalYear, String fiscalYearStart,
                                           String fiscalYearEnd, long lpelEligibleEmployees,
                                           List<String> lpelClassificationsUsed, List<String> umClassificationsUsed,
                                           Map<String, Long> participantsByStatus, Goals goals,
                                           List<YearAppointments> umAppointments,
                                           List<CalendarYearAppointments> umAppointmentsByCalendarYear,
                                           LastYear lastYearGoalsVersusActuals,
                                           Spend spend, List<GoodFaithActionResponse> goodFaithActions,
                                           boolean goalsMissedTwoYearsRunning, Submission submission,
                                           Edition edition, WrittenPlan writtenPlan) {
        static DepartmentReportResponse of(DepartmentReport r) {
            return new DepartmentReportResponse(r.department(), r.fiscalYear().toString(),
                    r.fiscalYear().firstDay().toString(), r.fiscalYear().lastDay().toString(),
                    r.lpelEligibleEmployees(), r.lpelClassificationsUsed(), r.umClassificationsUsed(),
                    r.participantsByStatus(), r.goals(), r.umAppointments(), r.umAppointmentsByCalendarYear(),
                    r.lastYear(), r.spend(),
                    r.goodFaithActions().stream().map(GoodFaithActionResponse::of).toList(),
                    r.goalsMissedTwoYearsRunning(), r.submission(), r.edition(), r.writtenPlan());
        }
    }

    /** The explanation and two-year plan are required when goals were missed two fiscal years running. */
    public record SubmissionRequest(@Size(max = 20000) String explanation, @Size(max = 20000) String twoYearPlan) {
    }

    public record FeedbackRequest(@NotNull Boolean accepted, @Size(max = 20000) String comments) {
    }

    private final DepartmentReportService service;
    private final ReportSubmissionService submissions;
    private final CurrentCaller caller;
    private final Rendered rendered;

    public DepartmentReportResource(DepartmentReportService service, ReportSubmissionService submissions,
                                    CurrentCaller caller, Rendered rendered) {
        this.service = service;
        this.submissions = submissions;
        this.caller = caller;
        this.rendered = rendered;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV, MediaType.TEXT_HTML, APPLICATION_PDF})
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "The department's annual UM report for a fiscal year (2025-26 = July 1, 2025 - June 30, 2026), "
            + "with today's figures (edition LIVE: not what was submitted)",
            description = "JSON unless the Accept header asks for text/csv (one CSV row per figure: section, "
                    + "fiscal year, class, measure, value), text/html (a printable page with charts) or "
                    + "application/pdf (the same as a PDF).")
    @APIResponseSchema(value = DepartmentReportResponse.class,
            responseDescription = "The report (JSON; CSV, HTML or PDF as the Accept header asks)")
    public Response get(@PathParam("department") String department, @PathParam("fiscalYear") String fiscalYear,
                        @Context HttpHeaders headers) {
        return answer(service.report(department, Years.parse(fiscalYear, "fiscalYear", false), caller), headers);
    }

    @GET
    @Path("/submissions")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "Every version of the year's report submitted to CalHR, the first first, with CalHR's answer")
    public List<SubmittedVersion> submissions(@PathParam("department") String department,
                                              @PathParam("fiscalYear") String fiscalYear) {
        return submissions.versions(department, Years.parse(fiscalYear, "fiscalYear", false), caller);
    }

    @GET
    @Path("/submissions/latest")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV, MediaType.TEXT_HTML, APPLICATION_PDF})
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "The report as last submitted (edition SUBMITTED): the figures frozen at submission")
    @APIResponseSchema(value = DepartmentReportResponse.class,
            responseDescription = "The report as last submitted (JSON; CSV, HTML or PDF as asked)")
    public Response latestSubmission(@PathParam("department") String department,
                                     @PathParam("fiscalYear") String fiscalYear, @Context HttpHeaders headers) {
        return answer(submissions.submitted(department, Years.parse(fiscalYear, "fiscalYear", false), null, caller),
                headers);
    }

    @GET
    @Path("/submissions/{version}")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV, MediaType.TEXT_HTML, APPLICATION_PDF})
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "One version of the report as it was submitted")
    @APIResponseSchema(value = DepartmentReportResponse.class,
            responseDescription = "That version of the report (JSON; CSV, HTML or PDF as asked)")
    public Response submission(@PathParam("department") String department, @PathParam("fiscalYear") String fiscalYear,
                               @Parameter(description = "The submitted version, from 1")
                               @PathParam("version") String version, @Context HttpHeaders headers) {
        int v;
        try {
            v = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw Problems.invalidPathParameter("version", "must be a version number (1, 2, ...) or latest");
        }
        return answer(submissions.submitted(department, Years.parse(fiscalYear, "fiscalYear", false), v, caller),
                headers);
    }

    private Response answer(DepartmentReport report, HttpHeaders headers) {
        String edition = report.edition().version() == null ? "" : "-submitted-v" + report.edition().version();
        String file = report.department() + "-" + report.fiscalYear() + "-um-report" + edition;
        String format = preferred(headers);
        return switch (format) {
            case TEXT_CSV -> Response.ok(rendered.as(report, format, () -> ReportCsv.write(report)),
                    TEXT_CSV + ";charset=UTF-8").header("Content-Disposition", attachment(file + ".csv")).build();
            case MediaType.TEXT_HTML -> Response.ok(rendered.as(report, format, () -> ReportPage.html(report)),
                    MediaType.TEXT_HTML + ";charset=UTF-8").build();
            case APPLICATION_PDF -> Response.ok(rendered.as(report, format, () -> ReportPdf.write(report)),
                    APPLICATION_PDF).header("Content-Disposition", attachment(file + ".pdf")).build();
            default -> Response.ok(rendered.json(report, () -> DepartmentReportResponse.of(report)),
                    MediaType.APPLICATION_JSON).build();
        };
    }

    /**
     * The format the Accept header asks for first (JSON, CSV, a printable HTML page or a PDF);
     * JSON for a wildcard or nothing named.
     */
    static String preferred(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return MediaType.APPLICATION_JSON;
            }
            for (String offered : List.of(MediaType.APPLICATION_JSON, TEXT_CSV, MediaType.TEXT_HTML, APPLICATION_PDF)) {
                if (!type.isWildcardSubtype() && MediaType.valueOf(offered).isCompatible(type)) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    /** A download's Content-Disposition: the file name is made of department codes, years and words only. */
    static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }

    /** CSV only when asked for by name before any JSON or wildcard type (the Accept list is in preference order). */
    static boolean prefersCsv(HttpHeaders headers) {
        return TEXT_CSV.equals(preferred(headers));
    }

    @POST
    @Path("/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UM_COORDINATOR)
    @Operation(summary = "Submit the report to CalHR (an explanation and two-year plan when goals were missed "
            + "two fiscal years running): its figures are frozen as the next submitted version")
    public DepartmentReportResponse submit(@PathParam("department") String department,
                                           @PathParam("fiscalYear") String fiscalYear,
                                           @Valid SubmissionRequest r) {
        SubmissionRequest s = r == null ? new SubmissionRequest(null, null) : r;
        return DepartmentReportResponse.of(submissions.submit(department, Years.parse(fiscalYear, "fiscalYear", false),
                s.explanation(), s.twoYearPlan(), caller));
    }

    @POST
    @Path("/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CALHR_ANALYST)
    @Operation(summary = "CalHR accepts the submitted report or returns it with comments")
    public DepartmentReportResponse feedback(@PathParam("department") String department,
                                             @PathParam("fiscalYear") String fiscalYear,
                                             @NotNull @Valid FeedbackRequest r) {
        return DepartmentReportResponse.of(submissions.feedback(department, Years.parse(fiscalYear, "fiscalYear", false),
                r.accepted(), r.comments(), caller));
    }
}
