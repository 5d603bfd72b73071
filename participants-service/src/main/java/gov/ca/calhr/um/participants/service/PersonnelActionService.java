package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.domain.PersonnelActionCommand;
import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect.Disposition;
import gov.ca.calhr.um.participants.domain.timeline.LpelEntry;
import gov.ca.calhr.um.participants.domain.timeline.Period;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.domain.timeline.UmCategory;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.EmployeeTimelineRepository;
import gov.ca.calhr.um.participants.repository.PersonnelActionRepository;
import gov.ca.calhr.um.participants.service.EmployeeTimelines.Derived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Applies personnel actions from HR systems (REST, batch, Kafka) through one engine: the intake
 * stores each action once; each employee whose actions changed has their timeline recomputed
 * once per transaction, and what follows from it (registry, UM appointments, participation,
 * notices, events) commits with the actions or not at all.
 */
@ApplicationScoped
public class PersonnelActionService {

    /**
     * What became of an action: {@code duplicate} when its actionId had been received before;
     * {@code disposition} and {@code sameMoveAs} say what the timeline made of it.
     */
    public record Outcome(String actionId, String employeeId, String welcomeNoticeId, boolean umAppointment,
                          boolean duplicate, Disposition disposition, String sameMoveAs) {
    }

    /** An employee's actions with what each did, and the timeline they make. */
    public record History(String employeeId, Timeline timeline, List<PersonnelAction> actions) {
    }

    /** Employees recomputed per flush of one transaction: keeps the persistence context small. */
    private static final int GROUP = 500;

    private final PersonnelActionIntake intake;
    private final EmployeeTimelines timelines;
    private final PersonnelActionRepository actions;
    private final EmployeeTimelineRepository books;
    private final ParticipantEvents events;
    private final Today today;

    public PersonnelActionService(PersonnelActionIntake intake, EmployeeTimelines timelines,
                                  PersonnelActionRepository actions, EmployeeTimelineRepository books,
                                  ParticipantEvents events, Today today) {
        this.intake = intake;
        this.timelines = timelines;
        this.actions = actions;
        this.books = books;
        this.events = events;
        this.today = today;
    }

    @Transactional
    public Outcome apply(PersonnelActionCommand command) {
        return process(List.of(command), i -> "").get(0);
    }

    /**
     * Applies every action or none: the first error rolls back the whole batch and names the
     * action by its index ({@code actions[3].toClassCode}).
     */
    @Transactional
    public List<Outcome> applyAll(List<PersonnelActionCommand> commands) {
        return process(commands, i -> "actions[" + i + "].");
    }

    private List<Outcome> process(List<PersonnelActionCommand> commands, IntFunction<String> field) {
        // every employee locked up front, in one order: overlapping batches cannot deadlock
        intake.lock(commands.stream().map(PersonnelActionCommand::employeeId).toList());
        Set<String> codes = new HashSet<>();
        for (PersonnelActionCommand c : commands) {
            if (c.fromClassCode() != null) {
                codes.add(c.fromClassCode());
            }
            if (c.toClassCode() != null) {
                codes.add(c.toClassCode());
            }
        }
        Map<String, UmCategory> categories = intake.categories(codes);
        for (int i = 0; i < commands.size(); i++) {
            intake.check(commands.get(i), categories.keySet(), field.apply(i));
        }
        boolean[] fresh = intake.claim(commands);
        Set<String> changed = new LinkedHashSet<>();
        Set<String> resent = new LinkedHashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            (fresh[i] ? changed : resent).add(commands.get(i).employeeId());
        }
        Map<String, Derived> derived = new HashMap<>();
        List<String> ids = new ArrayList<>(changed);
        for (int from = 0; from < ids.size(); from += GROUP) {
            derived.putAll(timelines.recompute(ids.subList(from, Math.min(ids.size(), from + GROUP))));
            actions.flushAndDetachAll();
        }
        resent.removeAll(changed);
        derived.putAll(timelines.read(resent));
        List<Outcome> outcomes = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            PersonnelActionCommand c = commands.get(i);
            Outcome o = outcome(c, derived.get(c.employeeId()), !fresh[i]);
            outcomes.add(o);
            if (fresh[i]) {
                announce(c, derived.get(c.employeeId()).timeline(), categories);
            }
        }
        return outcomes;
    }

    private static Outcome outcome(PersonnelActionCommand c, Derived d, boolean duplicate) {
        ActionEffect effect = d.timeline().effectOf(c.actionId()).orElseThrow();
        ActionEffect canonical = effect.disposition() == Disposition.SAME_MOVE
                ? d.timeline().effectOf(effect.sameMoveAs()).orElse(effect) : effect;
        UUID notice = canonical.lpelEntry()
                ? d.notices().get(new LpelEntry.Key(canonical.effectiveDate(), canonical.classAfter())) : null;
        return new Outcome(c.actionId(), c.employeeId(), notice == null ? null : notice.toString(),
                effect.umAppointment(), duplicate, effect.disposition(), effect.sameMoveAs());
    }

    /** PersonnelActionApplied: the action as received, with whether it leaves the employee eligible. */
    private void announce(PersonnelActionCommand c, Timeline t, Map<String, UmCategory> categories) {
        boolean lpelEligible = t.effectOf(c.actionId()).orElseThrow().eligibleAfter();
        UmCategory to = c.toClassCode() == null ? null : categories.get(c.toClassCode());
        events.actionApplied(PersonnelActionIntake.asEntity(c, null), to == null ? null : to.name(), lpelEligible);
    }

    /**
     * HR takes back an action (the same as the SCO cancel transaction): what it caused is undone
     * and reporting follows. Cancelling it again answers the first cancellation.
     */
    @Transactional
    public Outcome cancel(String actionId, String reason, CurrentCaller caller) {
        PersonnelAction target = actions.findByIdOptional(actionId)
                .filter(a -> caller.hasRole(Roles.HR_SYSTEM) || caller.actsFor(Roles.HR, a.department))
                .orElseThrow(() -> new NotFound("no personnel action " + actionId + " visible to you"));
        if (target.actionType == ActionType.CANCELLATION) {
            throw new ConflictWithState("action " + actionId + " is a cancellation; send the action again instead");
        }
        String cancellationId = "cancellation-"
                + UUID.nameUUIDFromBytes(actionId.getBytes(StandardCharsets.UTF_8));
        PersonnelAction earlier = actions.findById(cancellationId);
        if (earlier != null) {
            return new Outcome(cancellationId, earlier.employeeId, null, false, true, Disposition.CANCELS, actionId);
        }
        PersonnelActionCommand c = new PersonnelActionCommand(cancellationId, ActionType.CANCELLATION,
                target.employeeId, target.department, target.positionNumber, null, null, "CAN",
                target.effectiveDate, null, null, null, null, null, null, actionId, reason);
        return process(List.of(c), i -> "").get(0);
    }

    /** The employee's actions and the timeline they make, for HR and the coordinator of their department. */
    public History history(String employeeId, CurrentCaller caller) {
        List<PersonnelAction> history = actions.forEmployee(employeeId);
        Timeline t = history.isEmpty() ? null : timelines.timelineOf(history);
        String department = t == null ? null : t.current().map(Period::department)
                .orElse(history.get(history.size() - 1).department);
        if (t == null || !(caller.actsFor(Roles.HR, department) || caller.actsFor(Roles.UM_COORDINATOR, department))) {
            throw new NotFound("no employee " + employeeId + " visible to you");
        }
        return new History(employeeId, t, history);
    }

    /**
     * Derives again the employees due: a scheduled action took effect on them (the day's
     * separations, appointments and ends of T&D assignments), a class they named changed its UM
     * category, or their actions predate the timeline. Answers how many it took.
     */
    @Transactional
    public int reevaluateDue(int limit) {
        List<String> due = books.due(today.date(), limit).stream().sorted().toList();
        intake.lock(due);
        timelines.recompute(due);
        return due.size();
    }

    /** The employees due today, each in a transaction of their own: one that fails does not hold back the rest. */
    public List<String> due(int limit) {
        return books.due(today.date(), limit);
    }

    @Transactional
    public void reevaluate(String employeeId) {
        intake.lock(List.of(employeeId));
        timelines.recompute(List.of(employeeId));
    }
}
