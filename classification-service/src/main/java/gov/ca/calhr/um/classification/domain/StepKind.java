package gov.ca.calhr.um.classification.domain;

/** How one class leads to another on a career ladder. */
public enum StepKind {
    PROMOTION,
    /** Appointment to or from a bridging class. */
    BRIDGING,
    LATERAL_TRANSFER,
    /** A training and development assignment that qualifies for the next class. */
    TRAINING_AND_DEVELOPMENT
}
