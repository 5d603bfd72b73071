package gov.ca.calhr.um.participants.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The steps taken on an application to the UM program, with the statuses each may start from and
 * the status it leads to. A new application starts {@link ApplicationStatus#SUBMITTED}; every
 * later move is one of these.
 */
public enum ApplicationAction {
    /** The supervisor approves: the application awaits the coordinator's selection. */
    SUPERVISOR_APPROVE(EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.SUPERVISOR_APPROVED),
    /** The supervisor does not approve: the application ends. */
    SUPERVISOR_DECLINE(EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.SUPERVISOR_DECLINED),
    /** The coordinator selects the applicant, who becomes a participant. */
    SELECT(EnumSet.of(ApplicationStatus.SUPERVISOR_APPROVED, ApplicationStatus.WAITLISTED), ApplicationStatus.SELECTED),
    /** The coordinator places the application on the waiting list (again). */
    WAITLIST(EnumSet.of(ApplicationStatus.SUPERVISOR_APPROVED, ApplicationStatus.WAITLISTED),
            ApplicationStatus.WAITLISTED),
    /** The coordinator does not select the applicant this time. */
    NOT_SELECT(EnumSet.of(ApplicationStatus.SUPERVISOR_APPROVED, ApplicationStatus.WAITLISTED),
            ApplicationStatus.NOT_SELECTED),
    /** The applicant takes back an application that awaits a decision. */
    WITHDRAW(EnumSet.copyOf(ApplicationStatus.OPEN), ApplicationStatus.WITHDRAWN),
    /** The applicant left state service: an application awaiting a decision ends. */
    END_ON_SEPARATION(EnumSet.copyOf(ApplicationStatus.OPEN), ApplicationStatus.WITHDRAWN);

    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;

    ApplicationAction(Set<ApplicationStatus> from, ApplicationStatus to) {
        this.from = Collections.unmodifiableSet(from);
        this.to = to;
    }

    /** The supervisor's review: approve or decline. */
    public static ApplicationAction review(boolean approved) {
        return approved ? SUPERVISOR_APPROVE : SUPERVISOR_DECLINE;
    }

    /** The coordinator's decision leading to {@code outcome}; empty when no decision does. */
    public static Optional<ApplicationAction> decisionFor(ApplicationStatus outcome) {
        return Optional.ofNullable(outcome).flatMap(o -> switch (o) {
            case SELECTED -> Optional.of(SELECT);
            case WAITLISTED -> Optional.of(WAITLIST);
            case NOT_SELECTED -> Optional.of(NOT_SELECT);
            default -> Optional.empty();
        });
    }

    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    public Set<ApplicationStatus> from() {
        return from;
    }

    public ApplicationStatus to() {
        return to;
    }
}
