package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import gov.ca.calhr.um.reporting.domain.GoodFaithAction;
import gov.ca.calhr.um.reporting.domain.ProgramYear;
import gov.ca.calhr.um.reporting.events.ReportingEvents;
import gov.ca.calhr.um.reporting.repository.DepartmentProgramRepository;
import gov.ca.calhr.um.reporting.repository.DepartmentUmClassesRepository;
import gov.ca.calhr.um.reporting.repository.GoodFaithActionRepository;
import gov.ca.calhr.um.reporting.repository.ProgramHistoryRepository;
import gov.ca.calhr.um.reporting.repository.ProgramYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A department's UM program and the good-faith actions it takes; the coordinator keeps them. */
@ApplicationScoped
public class ProgramService {

    public record ProgramContent(String coordinatorName, String coordinatorEmail, String coordinatorPhone,
                                 String policyStatement, String componentsOffered, String howToAccess,
                                 String selectionCriteria, String rolesResponsibilities,
                                 BigDecimal annualTrainingBudget) {
    }

    /** What the coordinator states for a fiscal year. */
    public record YearStatement(BigDecimal trainingBudget, BigDecimal assignedToUm) {
    }

    private final DepartmentProgramRepository programs;
    private final ProgramYearRepository years;
    private final GoodFaithActionRepository actions;
    private final ReportingEvents events;
    private final DepartmentUmClassesRepository umClasses;
    private final ProgramHistoryRepository history;
    private final AuditTrail audit;
    private final Today today;

    public ProgramService(DepartmentProgramRepository programs, ProgramYearRepository years,
                          GoodFaithActionRepository actions, ReportingEvents events,
                          DepartmentUmClassesRepository umClasses, ProgramHistoryRepository history,
                          AuditTrail audit, Today today) {
        this.programs = programs;
        this.years = years;
        this.actions = actions;
        this.events = events;
        this.umClasses = umClasses;
        this.history = history;
        this.audit = audit;
        this.today = today;
    }

    /** The department's staff and CalHR read it. */
    public DepartmentProgram get(String department, CurrentCaller caller) {
        Access.requireReader(department, caller);
        return programs.findByIdOptional(department.toUpperCase()).orElseThrow(() ->
                new NotFound("department " + department + " has not described its UM program yet"));
    }

    /**
     * Describes the program as it is today. Its budget, when given, is also the statement of the
     * fiscal year under way (a year's report reads that year's statement).
     */
    @Transactional
    public DepartmentProgram put(String department, ProgramContent c, CurrentCaller caller) {
        Access.requireCoordinator(department, caller);
        String d = department.toUpperCase();

        DepartmentProgram p = programs.findByIdOptional(d).orElseGet(DepartmentProgram::new);
        boolean announced = p.department == null || !c.coordinatorName().equals(p.coordinatorName)
                || !c.coordinatorEmail().equals(p.coordinatorEmail)
                || !Objects.equals(c.coordinatorPhone(), p.coordinatorPhone)
                || !Objects.equals(c.selectionCriteria(), p.selectionCriteria);
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
        p.updatedBy = caller.subject();
        p.updatedAt = Timestamps.now();
        programs.persist(p);
        history.record(p);
        if (announced) {
            events.programChanged(p);
        }
        if (c.annualTrainingBudget() != null) {
            FiscalYear current = FiscalYear.of(today.date());
            Optional<ProgramYear> was = years.find(d, current.toString());
            BigDecimal assigned = was.map(ProgramYear::assignedToUm).orElse(null);
            if (assigned != null && assigned.compareTo(c.annualTrainingBudget()) > 0) {
                throw new UnknownReference("annualTrainingBudget", "the " + current + " budget cannot be less than "
                        + "the amount assigned to UM (" + assigned.toPlainString() + "): state both with "
                        + "PUT /api/departments/" + d + "/program-years/" + current);
            }
            save(d, current, new YearStatement(c.annualTrainingBudget(), was.map(ProgramYear::assignedToUm).orElse(null)),
                    was, caller);
        }
        return p;
    }

    /** The department's UM classes as classification-service last announced them. */
    public List<String> umClasses(String department) {
        return umClasses.before(department.toUpperCase(), Instant.now());
    }

    public List<ProgramYear> years(String department, CurrentCaller caller) {
        Access.requireReader(department, caller);
        return years.list(department.toUpperCase());
    }

    public ProgramYear year(String department, FiscalYear year, CurrentCaller caller) {
        Access.requireReader(department, caller);
        return years.find(department.toUpperCase(), year.toString()).orElseThrow(() ->
                new NotFound("department " + department + " has stated nothing for " + year));
    }

    /** States the year's training budget and the part of it assigned to UM (replacing what was stated). */
    @Transactional
    public ProgramYear putYear(String department, FiscalYear year, YearStatement s, CurrentCaller caller) {
        Access.requireCoordinator(department, caller);
        if (s.assignedToUm() != null && (s.trainingBudget() == null || s.assignedToUm().compareTo(s.trainingBudget()) > 0)) {
            throw new UnknownReference("assignedToUm", "the amount assigned to UM (" + s.assignedToUm().toPlainString()
                    + ") cannot exceed the training budget ("
                    + (s.trainingBudget() == null ? "none stated" : s.trainingBudget().toPlainString()) + ")");
        }
        String d = department.toUpperCase();
        return save(d, year, s, years.find(d, year.toString()), caller);
    }

    private ProgramYear save(String d, FiscalYear year, YearStatement s, Optional<ProgramYear> was,
                             CurrentCaller caller) {
        ProgramYear y = new ProgramYear(d, year.toString(), s.trainingBudget(), s.assignedToUm(), caller.subject(),
                Timestamps.now());
        years.save(y);
        audit.changed("program_years", d + "/" + year, d, was.map(ProgramService::audited).orElse(Map.of()),
                audited(y));
        return y;
    }

    private static Map<String, Object> audited(ProgramYear y) {
        Map<String, Object> values = new HashMap<>();
        values.put("trainingBudget", y.trainingBudget());
        values.put("assignedToUm", y.assignedToUm());
        return values;
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
        return actions.ofDepartmentYear(department.toUpperCase(), year);
    }

    /** Who may read and who may write a department's program data. */
    public static final class Access {

        private Access() {
        }

        public static void requireReader(String department, CurrentCaller caller) {
            if (!caller.hasRole(Roles.CALHR_ANALYST) && !caller.isDepartmentStaff(department)) {
                throw new NotAllowed("you may read only your own department's program data");
            }
        }

        public static void requireCoordinator(String department, CurrentCaller caller) {
            if (!caller.actsFor(Roles.UM_COORDINATOR, department)) {
                throw new NotAllowed("only the department's UM coordinator changes its program data");
            }
        }
    }
}
