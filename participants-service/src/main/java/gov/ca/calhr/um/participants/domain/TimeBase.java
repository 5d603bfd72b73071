package gov.ca.calhr.um.participants.domain;

public enum TimeBase {
    FULL_TIME, PART_TIME, INTERMITTENT
}
