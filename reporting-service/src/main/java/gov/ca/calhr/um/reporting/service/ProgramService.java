package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import gov.ca.calhr.um.reporting.domain.GoodFaithAction;
import gov.ca.calhr.um.reporting.messaging.ReportingEvents;
import gov.ca.calhr.um.reporting.repository.DepartmentProgramRepository;
import gov.ca.calhr.um.reporting.repository.GoodFaithActionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A department's UM program and the good-faith actions it takes; the coordinator keeps them. */
@ApplicationScoped
public class ProgramService {

    public record ProgramContent(String coordinatorName, String coordinatorEmail, String coordinatorPhone,
                                 String policyStatement, String componentsOffered, String howToAccess,
                                 String selectionCriteria, String rolesResponsibilities,
                                 BigDecimal annualTrainingBudget, List<String> umClassCodes) {
    }

    private final DepartmentProgramRepository programs;
    private final GoodFaithActionRepository actions;
    private final ReportingEvents events;

    public ProgramService(DepartmentProgramRepository programs, GoodFaithActionRepository actions,
                          ReportingEvents events) {
        this.programs = programs;
        this.actions = actions;
        this.events = events;
    }

    /** The department's staff and CalHR read it. */
    public DepartmentProgram get(String department, CurrentCaller caller) {
        Access.requireReader(department, caller);
        return programs.findByIdOptional(department.toUpperCase()).orElseThrow(() ->
                Problems.notFound("department " + department + " has not described its UM program yet"));
    }

    @Transactional
    public DepartmentProgram put(String department, ProgramContent c, CurrentCaller caller) {
        Access.requireCoordinator(department, caller);
        String d = department.toUpperCase();
        DepartmentProgram p = programs.findByIdOptional(d).orElseGet(DepartmentProgram::new);
        boolean contactChanged = p.department == null || !c.coordinatorName().equals(p.coordinatorName)
                || !c.coordinatorEmail().equals(p.coordinatorEmail)
                || !Objects.equals(c.coordinatorPhone(), p.coordinatorPhone);
        p.department = d;
        p.coordinatorName = c.coordinatorName();
        p.coordinatorEmail = c.coordinatorEmail();
        p.coordinatorPhone = c.coordinatorPhone();
        p.policyStatement = c.policyStatement();
        p.componentsOffered = c.componentsOffered();
        p.howToAccess = c.howToAccess();
        p.selectionCriteria = c.selectionCriteria();
        p.rolesResponsibilities = c.rolesResponsibilities();
        p.annualTrainingBudget = c.annualTrainingBudget();
        p.umClassCodes = c.umClassCodes() == null ? "" : String.join(",", c.umClassCodes().stream().distinct().sorted().toList());
        p.updatedBy = caller.subject();
        p.updatedAt = Timestamps.now();
        programs.persist(p);
        if (contactChanged) {
            events.programChanged(p);
        }
        return p;
    }

    @Transactional
    public GoodFaithAction recordAction(String department, LocalDate date, String category, String description,
                                        CurrentCaller caller) {
        Access.requireCoordinator(department, caller);
        GoodFaithAction a = new GoodFaithAction();
        a.actionId = UUID.randomUUID();
        a.department = department.toUpperCase();
        a.fiscalYear = FiscalYear.of(date).toString();
        a.actionDate = date;
        a.category = category;
        a.description = description;
        a.recordedBy = caller.subject();
        a.recordedAt = Timestamps.now();
        actions.persist(a);
        return a;
    }

    public List<GoodFaithAction> actions(String department, FiscalYear year) {
        return actions.list("department = ?1 and fiscalYear = ?2 order by actionDate, actionId",
                department.toUpperCase(), year.toString());
    }

    /** Who may read and who may write a department's program data. */
    public static final class Access {

        private Access() {
        }

        public static void requireReader(String department, CurrentCaller caller) {
            if (!caller.hasRole(Roles.CALHR_ANALYST) && !caller.isDepartmentStaff(department)) {
                throw Problems.forbidden("you may read only your own department's program data");
            }
        }

        public static void requireCoordinator(String department, CurrentCaller caller) {
            if (!caller.actsFor(Roles.UM_COORDINATOR, department)) {
                throw Problems.forbidden("only the department's UM coordinator changes its program data");
            }
        }
    }
}
