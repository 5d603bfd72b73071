package gov.ca.calhr.um.participants.domain;

import java.util.UUID;

/**
 * What the department's staff look for among its participants: every field optional (null: any).
 * The target class and posting are those of the application that made the participant;
 * {@code planStatus} is the status of the participation's career development plan as plans-service
 * announced it, or {@link #NO_PLAN} for participants who have none yet.
 */
public record ParticipantSearch(ParticipantStatus status, String targetClassCode, UUID opportunityId,
                                String planStatus) {

    /** The plan status that finds participants without a plan. */
    public static final String NO_PLAN = "NONE";

    /** The values {@code planStatus} takes: plans-service's plan states and {@link #NO_PLAN}. */
    public static final String PLAN_STATUSES =
            "DRAFT|SUBMITTED|SUPERVISOR_APPROVED|RETURNED|ACTIVE|SUSPENDED|COMPLETED|CLOSED|" + NO_PLAN;
}
