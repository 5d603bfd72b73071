package gov.ca.calhr.um.plans.domain;

public enum TdStatus {
    AGREED, ENDING_EARLY, ENDED
}
