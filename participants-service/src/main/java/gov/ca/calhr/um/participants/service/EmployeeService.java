package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeSearch;
import gov.ca.calhr.um.participants.domain.LpelAppointee;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.ParticipantRepository;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The employee registry HR systems keep current, and what the department's staff read from it. */
@ApplicationScoped
public class EmployeeService {

    /** An employee with their class as this service's copy of the catalog knows it and their participation. */
    public record EmployeeView(Employee employee, ClassificationCopy currentClass, boolean lpelEligible,
                               Participant participant) {
    }

    private final EmployeeRepository employees;
    private final ClassificationCopyRepository classes;
    private final ParticipantService participants;
    private final WelcomeNoticeRepository notices;
    private final ParticipantRepository participantRecords;

    public EmployeeService(EmployeeRepository employees, ClassificationCopyRepository classes,
                           ParticipantService participants, WelcomeNoticeRepository notices,
                           ParticipantRepository participantRecords) {
        this.participantRecords = participantRecords;
        this.employees = employees;
        this.classes = classes;
        this.participants = participants;
        this.notices = notices;
    }

    /** The department's employees matching {@code search}, each with its class and participation read in bulk. */
    public Page<EmployeeView> search(String department, EmployeeSearch search, CurrentCaller caller,
                                     int page, int size) {
        requireStaff(department, caller);
        return Page.of(employees.search(department.toUpperCase(), search), page, size).mapRows(this::views);
    }

    /** Views of many employees: their classes and current participations read in one query each. */
    public List<EmployeeView> views(List<Employee> list) {
        Set<String> codes = new HashSet<>();
        list.forEach(e -> {
            if (e.currentClassCode != null) {
                codes.add(e.currentClassCode);
            }
        });
        Map<String, ClassificationCopy> byCode = classes.byCode(codes);
        Map<String, Participant> current = participantRecords.currentOf(list.stream().map(e -> e.employeeId).toList());
        return list.stream().map(e -> {
            ClassificationCopy c = e.currentClassCode == null ? null : byCode.get(e.currentClassCode);
            return new EmployeeView(e, c, e.eligibleIn(c), current.get(e.employeeId));
        }).toList();
    }

    public EmployeeView view(Employee e) {
        ClassificationCopy c = e.currentClassCode == null ? null : classes.findById(e.currentClassCode);
        return new EmployeeView(e, c, e.eligibleIn(c), participants.current(e.employeeId).orElse(null));
    }

    public EmployeeView find(String employeeId, CurrentCaller caller) {
        return employees.findByIdOptional(employeeId)
                .filter(e -> caller.maySeeRecordsOf(e.department, e.employeeId, e.supervisorId))
                .map(this::view)
                .orElseThrow(() -> new NotFound("no employee " + employeeId + " visible to you"));
    }

    /** Employees whose appointment into an LPEL class took effect on or after {@code since}. */
    public List<LpelAppointee> lpelAppointees(String department, LocalDate since, CurrentCaller caller) {
        requireStaff(department, caller);
        return notices.lpelAppointees(department.toUpperCase(), since);
    }

    static void requireStaff(String department, CurrentCaller caller) {
        if (!caller.isDepartmentStaff(department)) {
            throw new NotAllowed("only the department's UM coordinator, HR and EEO officer read its registry");
        }
    }
}
