package gov.ca.calhr.um.plans.domain;

/** Why a plan is suspended: the participant is not in good standing in one of these. */
public enum SuspensionGround {
    JOB_PERFORMANCE, TRAINING_OR_ACADEMIC_STANDING
}
