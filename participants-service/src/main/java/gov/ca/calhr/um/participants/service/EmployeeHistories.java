package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.domain.timeline.TimelineAction;
import gov.ca.calhr.um.participants.domain.timeline.UmCategory;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.PersonnelActionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads employees' personnel actions and the UM categories of the classes they name, for a whole
 * group of employees at once (a few queries, not a few per action), and makes their timelines from
 * them. Part of {@link EmployeeTimelines}.
 */
@ApplicationScoped
public class EmployeeHistories {

    /** The actions of a group of employees and the UM categories of the classes they name, read once. */
    record Histories(Map<String, List<PersonnelAction>> byEmployee, Map<String, UmCategory> categories) {

        Timeline timeline(List<PersonnelAction> history, LocalDate day) {
            return Timeline.of(history.stream().map(EmployeeHistories::toTimeline).toList(),
                    c -> categories.getOrDefault(c, UmCategory.NONE), day);
        }
    }

    private final PersonnelActionRepository actions;
    private final ClassificationCopyRepository classes;

    public EmployeeHistories(PersonnelActionRepository actions, ClassificationCopyRepository classes) {
        this.actions = actions;
        this.classes = classes;
    }

    /** The employees' actions and the categories of the classes they name. */
    Histories load(Collection<String> employeeIds) {
        Map<String, List<PersonnelAction>> byEmployee = actions.forEmployees(employeeIds);
        List<PersonnelAction> all = byEmployee.values().stream().flatMap(List::stream).toList();
        return new Histories(byEmployee, classes.categories(classCodes(all)));
    }

    /** The timeline these actions (one employee's, already read) make on this day. */
    Timeline timelineOf(List<PersonnelAction> history, LocalDate day) {
        return new Histories(Map.of(), classes.categories(classCodes(history))).timeline(history, day);
    }

    /** The classes the actions name, whose UM category their timelines need. */
    private static Set<String> classCodes(Collection<PersonnelAction> actions) {
        return actions.stream().flatMap(a -> Stream.of(a.fromClassCode, a.toClassCode)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    static TimelineAction toTimeline(PersonnelAction a) {
        return new TimelineAction(a.actionId, a.actionType, a.department, a.positionNumber, a.fromClassCode,
                a.toClassCode, a.effectiveDate, a.supervisorId, a.sequence, a.cancelsActionId);
    }
}
