package gov.ca.calhr.um.participants.domain;

public enum Tenure {
    PERMANENT, PROBATIONARY, LIMITED_TERM
}
