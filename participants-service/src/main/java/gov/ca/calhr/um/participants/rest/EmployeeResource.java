package gov.ca.calhr.um.participants.rest;

import gov.ca.calhr.um.commons.persistence.KeptReads;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.LpelAppointee;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect.Disposition;
import gov.ca.calhr.um.participants.domain.timeline.EligibilityPeriod;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.domain.timeline.UmMove;
import gov.ca.calhr.um.participants.service.PersonnelActionService;
import gov.ca.calhr.um.participants.domain.EmployeeSearch;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Tenure;
import gov.ca.calhr.um.participants.domain.TimeBase;
import gov.ca.calhr.um.participants.service.EmployeeService;
import gov.ca.calhr.um.participants.service.EmployeeService.EmployeeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** The employee registry personnel actions keep current. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employees")
public class EmployeeResource {

    public static final String TEXT_CSV = "text/csv";
    static final int CSV_ROWS = 10_000;

    public record TdAssignment(String classCode, String positionNumber, LocalDate since) {
    }

    public record EmployeeResponse(String employeeId, String department, String name, String email, Tenure tenure,
                                   TimeBase timeBase, EmployeeStatus status, String positionNumber,
                                   String currentClassCode, String currentClassTitle, String umCategory,
                                   LocalDate classEffective, String supervisorId, boolean lpelEligible,
                                   String participantId, String participantStatus, TdAssignment tdAssignment) {
        static EmployeeResponse of(EmployeeView v) {
            Employee e = v.employee();
            TdAssignment td = e.tdClassCode == null ? null
                    : new TdAssignment(e.tdClassCode, e.tdPositionNumber, e.tdEffective);
            return new EmployeeResponse(e.employeeId, e.department, e.name, e.email, e.tenure, e.timeBase, e.status,
                    e.positionNumber, e.currentClassCode, v.currentClass() == null ? null : v.currentClass().title,
                    v.currentClass() == null ? null : v.currentClass().umCategory, e.stateEffective, e.supervisorId,
                    v.lpelEligible(), v.participant() == null ? null : v.participant().participantId.toString(),
                    v.participant() == null ? null : v.participant().status.name(), td);
        }
    }

    /** A stretch of the employee's history (until the day before {@code to}; null: still so). */
    public record TimelinePeriod(LocalDate from, LocalDate to, String department, String classCode,
                                 String positionNumber, String supervisorId, EmployeeStatus status,
                                 String tdClassCode, String tdPositionNumber) {
    }

    /** One action as HR sent it, and what it did to the timeline. */
    public record ActionRecord(String actionId, ActionType actionType, String transactionCode, LocalDate effectiveDate,
                               Long sequence, String department, String positionNumber, String fromClassCode,
                               String toClassCode, String cancelsActionId, String reason, Instant receivedAt,
                               Disposition disposition, String sameMoveAs, String timelineFromClassCode,
                               boolean fromClassDisagrees, String classBefore, String classAfter,
                               EmployeeStatus statusBefore, EmployeeStatus statusAfter, String tdClassAfter,
                               boolean umAppointment, boolean lpelEntry) {
    }

    /**
     * The employee's personnel actions in timeline order (same day: class changes, T&D end, T&D
     * start, separation; then the SCO sequence; then actionId), the periods they make as of
     * {@code asOf}, and what is derived from them.
     */
    public record ActionHistoryResponse(String employeeId, LocalDate asOf, List<TimelinePeriod> periods,
                                        List<EligibilityPeriod> eligibility, List<UmMove> umAppointments,
                                        List<ActionRecord> actions) {
        static ActionHistoryResponse of(PersonnelActionService.History h) {
            Timeline t = h.timeline();
            Map<String, PersonnelAction> byId = new HashMap<>();
            h.actions().forEach(a -> byId.put(a.actionId, a));
            List<ActionRecord> actions = t.effects().stream().map(e -> {
                PersonnelAction a = byId.get(e.actionId());
                return new ActionRecord(a.actionId, a.actionType, a.transactionCode, a.effectiveDate, a.sequence,
                        a.department, a.positionNumber, a.fromClassCode, a.toClassCode, a.cancelsActionId, a.reason,
                        a.receivedAt, e.disposition(), e.sameMoveAs(), e.timelineFromClassCode(),
                        e.fromClassDisagrees(), e.classBefore(), e.classAfter(), e.statusBefore(), e.statusAfter(),
                        e.tdClassAfter(), e.umAppointment(), e.lpelEntry());
            }).toList();
            List<TimelinePeriod> periods = t.periods().stream()
                    .map(p -> new TimelinePeriod(p.from(), p.to(), p.department(), p.classCode(), p.positionNumber(),
                            p.supervisorId(), p.status(), p.tdClassCode(), p.tdPositionNumber()))
                    .toList();
            return new ActionHistoryResponse(h.employeeId(), t.asOf(), periods, t.eligibility(), t.umAppointments(),
                    actions);
        }
    }

    private final EmployeeService service;
    private final PersonnelActionService actions;
    private final CurrentCaller caller;
    private final KeptReads kept;

    public EmployeeResource(EmployeeService service, PersonnelActionService actions, CurrentCaller caller,
                            KeptReads kept) {
        this.service = service;
        this.actions = actions;
        this.caller = caller;
        this.kept = kept;
    }

    @GET
    @Path("/employees/{employeeId}/personnel-actions")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR})
    @Operation(summary = "The employee's personnel actions, what each changed, and the timeline they make",
            description = "For HR and the UM coordinator of the employee's department. Shows actions sent again "
                    + "as the same move, cancelled and scheduled ones, and where HR's fromClassCode disagrees with "
                    + "the class of record the timeline had (the timeline wins).")
    public ActionHistoryResponse personnelActions(@PathParam("employeeId") String employeeId) {
        return ActionHistoryResponse.of(actions.history(employeeId, caller));
    }

    @GET
    @Path("/departments/{department}/employees")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Search the department's employees: by name, class, supervisor, eligibility and status",
            description = "Every filter is optional and they combine; eligible=true keeps active employees in LPEL "
                    + "classes. The same list as CSV: /api/departments/{department}/employees.csv.")
    public Page<EmployeeResponse> list(@PathParam("department") String department,
                                       @Valid @BeanParam EmployeeFilter filter,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.search(department, filter.search(), caller, page, size).map(EmployeeResponse::of);
    }

    @GET
    @Path("/departments/{department}/employees.csv")
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "The department's employees matching the same filters, as CSV (at most 10,000 rows)",
            description = "One row per employee: employeeId, name, email, status, classCode, classTitle, "
                    + "umCategory, lpelEligible, supervisorId, participantStatus.")
    public Response csv(@PathParam("department") String department, @Valid @BeanParam EmployeeFilter filter) {
        StringBuilder csv = new StringBuilder("employeeId,name,email,status,classCode,classTitle,umCategory,"
                + "lpelEligible,supervisorId,participantStatus\r\n");
        for (EmployeeResponse e : service.search(department, filter.search(), caller, 0, CSV_ROWS).items().stream()
                .map(EmployeeResponse::of).toList()) {
            csv.append(Csv.row(e.employeeId(), e.name(), e.email(), e.status() == null ? null : e.status().name(),
                    e.currentClassCode(), e.currentClassTitle(), e.umCategory(), String.valueOf(e.lpelEligible()),
                    e.supervisorId(), e.participantStatus()));
        }
        return Response.ok(csv.toString(), TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + department.toUpperCase() + "-employees.csv\"")
                .build();
    }

    /** The employee search's filters, shared by the JSON and CSV lists. */
    public static class EmployeeFilter {
        @Parameter(description = "true: active, in an LPEL class of record")
        @QueryParam("eligible")
        @DefaultValue("false")
        public boolean eligible;

        @Parameter(description = "Part of the name, in any case")
        @QueryParam("name")
        @Size(max = 200)
        public String name;

        @Parameter(description = "The class of record")
        @QueryParam("classCode")
        @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code")
        public String classCode;

        @Parameter(description = "The supervisor of record (their employee id)")
        @QueryParam("supervisorId")
        @Size(max = 40)
        public String supervisorId;

        @Parameter(description = "ACTIVE or SEPARATED")
        @QueryParam("status")
        public EmployeeStatus status;

        EmployeeSearch search() {
            return new EmployeeSearch(eligible, name, classCode, supervisorId, status);
        }
    }

    @GET
    @Path("/employees/{employeeId}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "One employee: themself, their supervisor, or their department's coordinator, HR, EEO")
    public EmployeeResponse get(@PathParam("employeeId") String employeeId) {
        return kept.answer("employee", () -> EmployeeResponse.of(service.find(employeeId, caller)), employeeId);
    }

    @GET
    @Path("/departments/{department}/lpel-appointees")
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.HR, Roles.EEO_OFFICER})
    @Operation(summary = "Employees appointed to an LPEL class on or after a date, with their welcome notice")
    public List<LpelAppointee> lpelAppointees(@PathParam("department") String department,
                                              @Parameter(description = "First appointment day to list (ISO date)")
                                              @QueryParam("since") @NotNull LocalDate since) {
        return service.lpelAppointees(department, since, caller);
    }
}
