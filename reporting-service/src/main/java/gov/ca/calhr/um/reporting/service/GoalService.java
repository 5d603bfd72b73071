package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.Goal;
import gov.ca.calhr.um.reporting.domain.GoalSet;
import gov.ca.calhr.um.reporting.domain.GoalStatus;
import gov.ca.calhr.um.reporting.repository.GoalRepository;
import gov.ca.calhr.um.reporting.repository.GoalSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A department's UM goals per fiscal year and ELTPA class: drafted and submitted by the UM
 * coordinator, approved or returned with comments by a CalHR analyst.
 */
@ApplicationScoped
public class GoalService {

    /** One goal line: how many LPEL employees the department expects to appoint to the class, and by when. */
    public record GoalLine(String classCode, int expectedAppointments, String timetable) {
    }

    public record GoalView(GoalSet set, List<Goal> goals) {
    }

    private final GoalSetRepository sets;
    private final GoalRepository goals;
    private final Catalog catalog;

    public GoalService(GoalSetRepository sets, GoalRepository goals, Catalog catalog) {
        this.sets = sets;
        this.goals = goals;
        this.catalog = catalog;
    }

    public Optional<GoalView> find(String department, FiscalYear year) {
        return sets.forDepartmentYear(department.toUpperCase(), year).map(this::view);
    }

    public GoalView get(String department, FiscalYear year, CurrentCaller caller) {
        ProgramService.Access.requireReader(department, caller);
        return find(department, year).orElseThrow(() ->
                new NotFound("department " + department + " has no goals for " + year));
    }

    /** Replaces the draft (or returned) goals of the year with {@code lines}. */
    @Transactional
    public GoalView put(String department, FiscalYear year, List<GoalLine> lines, CurrentCaller caller) {
        ProgramService.Access.requireCoordinator(department, caller);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).classCode())) {
                throw InvalidInput.field("goals[" + i + "].classCode", "class " + lines.get(i).classCode()
                        + " is listed twice");
            }
        }
        catalog.requireEltpa("goals[%d].classCode", lines.stream().map(GoalLine::classCode).toList());
        GoalSet set = lockedSet(department, year).orElseGet(() -> {
            GoalSet s = new GoalSet();
            s.goalSetId = UUID.randomUUID();
            s.department = department.toUpperCase();
            s.fiscalYear = year.toString();
            s.status = GoalStatus.DRAFT;
            return s;
        });
        if (set.status != GoalStatus.DRAFT && set.status != GoalStatus.RETURNED) {
            throw new ConflictWithState("the goals for " + year + " are " + set.status + ": only DRAFT or RETURNED goals change");
        }
        set.updatedAt = Timestamps.now();
        sets.persist(set);
        // one by one, so that the trail shows the lines replaced
        goals.ofSet(set.goalSetId).forEach(goals::delete);
        goals.flush();
        for (GoalLine line : lines) {
            Goal g = new Goal();
            g.goalId = UUID.randomUUID();
            g.goalSetId = set.goalSetId;
            g.classCode = line.classCode();
            g.expectedAppointments = line.expectedAppointments();
            g.timetable = line.timetable();
            goals.persist(g);
        }
        return view(set);
    }

    @Transactional
    public GoalView submit(String department, FiscalYear year, CurrentCaller caller) {
        ProgramService.Access.requireCoordinator(department, caller);
        GoalSet set = lockedSet(department, year).orElseThrow(() ->
                new NotFound("department " + department + " has no goals for " + year));
        requireStatus(set, GoalStatus.DRAFT, GoalStatus.RETURNED);
        if (goals.lineCount(set.goalSetId) == 0) {
            throw new ConflictWithState("the goals for " + year + " have no lines to submit");
        }
        set.status = GoalStatus.SUBMITTED;
        set.submittedBy = caller.subject();
        set.submittedAt = Timestamps.now();
        set.updatedAt = set.submittedAt;
        return view(set);
    }

    /** A CalHR analyst approves the submitted goals or returns them with comments. */
    @Transactional
    public GoalView decide(String department, FiscalYear year, boolean approve, String comments, CurrentCaller caller) {
        if (!caller.hasRole(Roles.CALHR_ANALYST)) {
            throw new NotAllowed("only a CalHR analyst approves or returns goals");
        }
        GoalSet set = lockedSet(department, year).orElseThrow(() ->
                new NotFound("department " + department + " has no goals for " + year));
        requireStatus(set, GoalStatus.SUBMITTED);
        if (!approve && (comments == null || comments.isBlank())) {
            throw InvalidInput.field("comments", "say why the goals are returned");
        }
        set.status = approve ? GoalStatus.APPROVED : GoalStatus.RETURNED;
        set.comments = comments;
        set.decidedBy = caller.subject();
        set.decidedAt = Timestamps.now();
        set.updatedAt = set.decidedAt;
        return view(set);
    }

    private Optional<GoalSet> lockedSet(String department, FiscalYear year) {
        return sets.lockedForDepartmentYear(department.toUpperCase(), year);
    }

    private static void requireStatus(GoalSet set, GoalStatus... allowed) {
        for (GoalStatus s : allowed) {
            if (set.status == s) {
                return;
            }
        }
        throw new ConflictWithState("the goals for " + set.fiscalYear + " are " + set.status);
    }

    /** The goals of several fiscal years of the department, read in two queries, by fiscal year. */
    public Map<String, GoalView> find(String department, List<FiscalYear> years) {
        List<GoalSet> found = sets.forDepartmentYears(department.toUpperCase(), years);
        Map<String, GoalView> result = new HashMap<>();
        if (found.isEmpty()) {
            return result;
        }
        Map<UUID, List<Goal>> lines = new HashMap<>();
        goals.ofSets(found.stream().map(s -> s.goalSetId).toList())
                .forEach(g -> lines.computeIfAbsent(g.goalSetId, k -> new ArrayList<>()).add(g));
        found.forEach(s -> result.put(s.fiscalYear, new GoalView(s, lines.getOrDefault(s.goalSetId, List.of()))));
        return result;
    }

    private GoalView view(GoalSet set) {
        return new GoalView(set, goals.ofSet(set.goalSetId));
    }
}
