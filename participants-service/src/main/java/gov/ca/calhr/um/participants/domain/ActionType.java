package gov.ca.calhr.um.participants.domain;

/**
 * The kinds of personnel action HR systems report. {@code CANCELLATION} is the SCO cancel
 * transaction: it takes back the action it names, whenever either arrives.
 */
public enum ActionType {
    APPOINTMENT, PROMOTION, TRANSFER, DEMOTION, SEPARATION, TD_START, TD_END, CANCELLATION;

    /** True for the actions that move the employee into another class of record (and name it). */
    public boolean changesClass() {
        return this == APPOINTMENT || this == PROMOTION || this == TRANSFER || this == DEMOTION;
    }

    /** True when the action must name the class moved to: a class of record or a T&D assignment's class. */
    public boolean namesClass() {
        return changesClass() || this == TD_START;
    }
}
