package gov.ca.calhr.um.participants.domain;

import java.util.Set;

/** Where an application to the UM program stands. */
public enum ApplicationStatus {
    SUBMITTED, SUPERVISOR_APPROVED, SUPERVISOR_DECLINED, WAITLISTED, SELECTED, NOT_SELECTED, WITHDRAWN;

    /** Still awaiting a decision: an employee has at most one such application. */
    public static final Set<ApplicationStatus> OPEN = Set.of(SUBMITTED, SUPERVISOR_APPROVED, WAITLISTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
