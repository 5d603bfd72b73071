package gov.ca.calhr.um.plans.domain;

public enum ActivityStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED
}
