package gov.ca.calhr.um.participants.domain;

/** Whether a posting still stands: a cancelled one is listed to no employee and takes no application. */
public enum OpportunityStatus {
    OPEN, CANCELLED
}
