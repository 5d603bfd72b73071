package gov.ca.calhr.um.participants.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An employee's state as their personnel actions, taken in effective-date order, leave it. Actions
 * may arrive out of order; replaying them in effective order makes the latest-dated action win
 * whatever order they came in.
 */
public record EmployeeState(String department, String classCode, String positionNumber, String supervisorId,
                            EmployeeStatus status, LocalDate stateEffective, String tdClassCode,
                            String tdPositionNumber, LocalDate tdEffective) {

    /** Before any action. */
    public static final EmployeeState NONE = new EmployeeState(null, null, null, null, null, null, null, null, null);

    /** Effective date first; same-day actions in the order they were received. */
    public static final Comparator<PersonnelAction> EFFECTIVE_ORDER = Comparator
            .comparing((PersonnelAction a) -> a.effectiveDate)
            .thenComparing(a -> a.receivedAt)
            .thenComparing(a -> a.actionId);

    public static EmployeeState replay(List<PersonnelAction> actions) {
        EmployeeState state = NONE;
        for (PersonnelAction action : actions.stream().sorted(EFFECTIVE_ORDER).toList()) {
            state = state.then(action);
        }
        return state;
    }

    /** The state after {@code a}, which takes effect after every action already folded in. */
    public EmployeeState then(PersonnelAction a) {
        String dept = department != null ? department : a.department;
        String supervisor = a.supervisorId != null ? a.supervisorId : supervisorId;
        if (a.actionType.changesClass()) {
            return new EmployeeState(a.department, a.toClassCode, a.positionNumber, supervisor, EmployeeStatus.ACTIVE,
                    a.effectiveDate, tdClassCode, tdPositionNumber, tdEffective);
        }
        return switch (a.actionType) {
            case SEPARATION -> new EmployeeState(dept, classCode, positionNumber, supervisor, EmployeeStatus.SEPARATED,
                    a.effectiveDate, null, null, a.effectiveDate);
            case TD_START -> new EmployeeState(dept, classCode, positionNumber, supervisor, status, stateEffective,
                    a.toClassCode, a.positionNumber, a.effectiveDate);
            case TD_END -> new EmployeeState(dept, classCode, positionNumber, supervisor, status, stateEffective,
                    null, null, a.effectiveDate);
            default -> throw new IllegalStateException("unhandled action type " + a.actionType);
        };
    }

    public boolean hasClass() {
        return classCode != null;
    }
}
