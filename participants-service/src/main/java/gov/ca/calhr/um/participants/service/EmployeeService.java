package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.participants.domain.ClassificationView;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.repository.ClassificationViewRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The employee registry HR systems keep current, and what the department's staff read from it. */
@ApplicationScoped
public class EmployeeService {

    /** An employee with their class as the catalog read model knows it and their participation. */
    public record EmployeeView(Employee employee, ClassificationView currentClass, boolean lpelEligible,
                               Participant participant) {
    }

    /** A new LPEL appointee, for HR's periodic list to the coordinator. */
    public record LpelAppointee(String employeeId, String name, String classCode, LocalDate effectiveDate,
                                UUID noticeId, boolean noticeDelivered) {
    }

    private final EmployeeRepository employees;
    private final ClassificationViewRepository classes;
    private final ParticipantService participants;
    private final EntityManager em;

    public EmployeeService(EmployeeRepository employees, ClassificationViewRepository classes,
                           ParticipantService participants, EntityManager em) {
        this.employees = employees;
        this.classes = classes;
        this.participants = participants;
        this.em = em;
    }

    public Page<Employee> list(String department, boolean eligibleOnly, CurrentCaller caller, int page, int size) {
        requireStaff(department, caller);
        return Page.of(employees.inDepartment(department.toUpperCase(), eligibleOnly), page, size);
    }

    public EmployeeView view(Employee e) {
        ClassificationView c = e.currentClassCode == null ? null : classes.findById(e.currentClassCode);
        boolean eligible = e.status == EmployeeStatus.ACTIVE && c != null && c.isLpel();
        return new EmployeeView(e, c, eligible, participants.current(e.employeeId).orElse(null));
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
        List<Object[]> rows = em.createQuery("""
                        select n.employeeId, e.name, n.classCode, n.effectiveDate, n.noticeId, n.deliveredAt
                        from WelcomeNotice n, Employee e
                        where e.employeeId = n.employeeId and n.withdrawnAt is null
                          and n.department = :d and n.effectiveDate >= :since
                        order by n.effectiveDate, n.employeeId""", Object[].class)
                .setParameter("d", department.toUpperCase()).setParameter("since", since)
                .getResultList();
        return rows.stream().map(r -> new LpelAppointee((String) r[0], (String) r[1], (String) r[2],
                (LocalDate) r[3], (UUID) r[4], r[5] != null)).toList();
    }

    static void requireStaff(String department, CurrentCaller caller) {
        if (!caller.isDepartmentStaff(department)) {
            throw new NotAllowed("only the department's UM coordinator, HR and EEO officer read its registry");
        }
    }
}
