package gov.ca.calhr.um.participants.domain;

public enum EmployeeStatus {
    ACTIVE, SEPARATED
}
