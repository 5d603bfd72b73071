package gov.ca.calhr.um.participants.domain;

public enum OpportunityKind {
    TRAINING, TD_ASSIGNMENT, JOB_OPENING
}
