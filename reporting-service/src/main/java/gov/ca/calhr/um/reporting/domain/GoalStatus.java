package gov.ca.calhr.um.reporting.domain;

/** Goals are drafted by the department, submitted, and approved or returned by CalHR. */
public enum GoalStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED
}
