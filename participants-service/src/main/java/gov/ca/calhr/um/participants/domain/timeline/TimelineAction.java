package gov.ca.calhr.um.participants.domain.timeline;

import gov.ca.calhr.um.participants.domain.ActionType;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One personnel action as the timeline reads it. A {@code CANCELLATION} names the action it
 * cancels in {@code cancelsActionId}; {@code sequence} is the order of the SCO transaction within
 * its day when the HR system sends it.
 */
public record TimelineAction(String actionId, ActionType type, String department, String positionNumber,
                             String fromClassCode, String toClassCode, LocalDate effectiveDate,
                             String supervisorId, Long sequence, String cancelsActionId) {

    /**
     * The order of an employee's history: effective date first; on the same day, changes of the
     * class of record, then the end of a T&D assignment, then the start of one, and a separation
     * last (the employee served that day); then the SCO transaction's sequence (actions without
     * one after those with one); then the actionId. Nothing depends on the order of arrival.
     */
    public static final Comparator<TimelineAction> ORDER = Comparator
            .comparing(TimelineAction::effectiveDate)
            .thenComparingInt(a -> rank(a.type()))
            .thenComparing(TimelineAction::sequence, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineAction::actionId);

    private static int rank(ActionType type) {
        return switch (type) {
            case APPOINTMENT, PROMOTION, TRANSFER, DEMOTION -> 0;
            case TD_END -> 1;
            case TD_START -> 2;
            case SEPARATION -> 3;
            case CANCELLATION -> 4;
        };
    }

    /**
     * What makes two actions the same move: the same effective date, the same kind of change and
     * the same target class (DOMAIN.md: "the same move reported twice (another actionId, same
     * employee, date and class) is one move"). An appointment and a promotion into the same class
     * on the same day are one change of the class of record.
     */
    public record MoveKey(LocalDate effectiveDate, String kind, String toClassCode) {
    }

    public MoveKey moveKey() {
        return new MoveKey(effectiveDate, type.changesClass() ? "CLASS" : type.name(), toClassCode);
    }

    public boolean isCancellation() {
        return type == ActionType.CANCELLATION;
    }
}
