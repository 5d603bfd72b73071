package gov.ca.calhr.um.participants.domain.timeline;

import gov.ca.calhr.um.participants.domain.EmployeeStatus;

import java.time.LocalDate;

/**
 * What one action did to the timeline, for HR and the coordinator reading an employee's history.
 * {@code timelineFromClassCode} is the class of record the timeline had before the action;
 * {@code fromClassDisagrees} says HR's {@code fromClassCode} named another one (the timeline wins);
 * {@code eligibleAfter}: active in an LPEL class of record once the action took effect.
 */
public record ActionEffect(String actionId, Disposition disposition, String sameMoveAs, LocalDate effectiveDate,
                           String timelineFromClassCode, String reportedFromClassCode, boolean fromClassDisagrees,
                           String classBefore, String classAfter, EmployeeStatus statusBefore,
                           EmployeeStatus statusAfter, String tdClassAfter, boolean umAppointment,
                           boolean lpelEntry, boolean eligibleAfter) {

    public enum Disposition {
        /** In effect and part of the timeline. */
        APPLIED,
        /** The same move as {@code sameMoveAs}, reported again under another actionId: no effect of its own. */
        SAME_MOVE,
        /** Dated after today: takes effect on its date. */
        SCHEDULED,
        /** Cancelled by HR: no effect. */
        CANCELLED,
        /** A cancellation of another action. */
        CANCELS
    }

    static ActionEffect without(TimelineAction a, Disposition disposition, String sameMoveAs) {
        return new ActionEffect(a.actionId(), disposition, sameMoveAs, a.effectiveDate(), null, a.fromClassCode(),
                false, null, null, null, null, null, false, false, false);
    }
}
